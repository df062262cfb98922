import { readCodeList, skipBlanks, type CodeSpan, type Span } from './code-list.js';
import type { PragmaScope } from './types.js';

export interface ParsedIgnorePragma {
  readonly tool: 'dflint' | 'hadolint';
  readonly scope: PragmaScope;
  /** For `ignore-file`, the keyword itself, which stands for every rule. */
  readonly codes: readonly CodeSpan[];
  readonly ignoreFile: boolean;
  /** From the tool's name to the end of the code list. */
  readonly span: Span;
  readonly reason: string | undefined;
}

export interface MalformedSpan extends Span {
  readonly malformed: string;
}

/** `dflint` or `hadolint`, then a keyword this module reads; other comments are not pragmas. */
const HEAD = /^[ \t]*(dflint|hadolint)[ \t]+(ignore-file|ignore|global|stage)(?=[\s=]|$)/;
const SCOPED = /[ \t]+ignore(?=[\s=]|$)/y;
const EQUALS = /[ \t]*=[ \t]*/y;

/**
 * Reads the ignore pragmas of dflint and hadolint from a comment's text (after the `#`):
 *
 *     dflint|hadolint [global|stage] ignore=CODE[,CODE...] [-- reason | # reason]
 *     dflint|hadolint ignore-file [-- reason | # reason]
 *
 * The grammar is hadolint's (lower-case keywords, spaces around `=` and `,`, a `# reason` after
 * the list) extended with `-- reason`, `ignore-file`, names, aliases and `*` as codes. Returns
 * undefined for comments that are not meant as pragmas, and a malformed span for those that are
 * but break the grammar (hadolint silently ignores them; dflint ignores them too, and can report
 * them).
 */
export function parseIgnorePragma(text: string): ParsedIgnorePragma | MalformedSpan | undefined {
  const head = HEAD.exec(text);
  if (!head) return undefined;
  const tool = head[1] as 'dflint' | 'hadolint';
  const keyword = head[2]!;
  const start = text.indexOf(tool);
  const keywordEnd = head[0].length;
  const wholeComment = { start, end: text.trimEnd().length };
  const syntax = `\`${tool} ignore=CODE[,CODE...]\``;

  if (keyword === 'ignore-file') {
    const trailing = readTrailing(text, keywordEnd);
    if ('malformed' in trailing) return { ...trailing, malformed: '`ignore-file` takes no codes: write `ignore-file` alone, or `global ignore=CODE[,CODE...]` for some rules' };
    const at = keywordEnd - keyword.length;
    return { tool, scope: 'file', codes: [{ text: keyword, start: at, end: keywordEnd }], ignoreFile: true, span: { start, end: keywordEnd }, reason: trailing.reason };
  }

  let scope: PragmaScope = 'instruction';
  let ignoreEnd = keywordEnd;
  if (keyword !== 'ignore') {
    SCOPED.lastIndex = keywordEnd;
    if (!SCOPED.exec(text)) return { ...wholeComment, malformed: `Expected \`ignore=\` after \`${keyword}\`: write \`${tool} ${keyword} ignore=CODE[,CODE...]\`` };
    scope = keyword === 'global' ? 'file' : 'stage';
    ignoreEnd = SCOPED.lastIndex;
  }
  EQUALS.lastIndex = ignoreEnd;
  if (!EQUALS.exec(text)) return { ...wholeComment, malformed: `Expected \`=\` and rule codes after \`ignore\`: write ${syntax}` };
  const list = readCodeList(text, EQUALS.lastIndex);
  if ('expectedAt' in list) {
    // At the end of the comment, point at the `=` or `,` that wants a code after it.
    const at = Math.min(list.expectedAt, wholeComment.end - 1);
    return { start: at, end: at + 1, malformed: `Expected a rule code here: write ${syntax}` };
  }
  const trailing = readTrailing(text, list.end);
  if ('malformed' in trailing) return trailing;
  return { tool, scope, codes: list.codes, ignoreFile: false, span: { start, end: list.end }, reason: trailing.reason };
}

const REASON_AFTER_HASH = /[ \t]*#(.*)$/y;
// The reason starts after all the blanks, so they are not given back to `.*` one by one.
const REASON_AFTER_DASHES = /[ \t]+--(?:[ \t]+([^ \t\n\r\u2028\u2029].*|))?$/y;

/** What may follow a pragma: nothing, `# reason` (hadolint's form) or ` -- reason`. */
function readTrailing(text: string, at: number): { reason: string | undefined } | MalformedSpan {
  const end = text.trimEnd().length;
  if (skipBlanks(text, at) >= end) return { reason: undefined };
  for (const pattern of [REASON_AFTER_HASH, REASON_AFTER_DASHES]) {
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    if (match) return { reason: match[1]?.trim() || undefined };
  }
  const from = skipBlanks(text, at);
  return { start: from, end, malformed: 'Unexpected text after the pragma: put a reason after ` -- ` or `#` (`dflint ignore=DL3006 -- pinned by digest`)' };
}
