/** A span of a comment's text: `start` inclusive, `end` exclusive, in UTF-16 code units. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface CodeSpan extends Span {
  readonly text: string;
}

/** A rule code, name or alias (`DL3006`, `no-sudo`, `JSONArgsRecommended`), or `*`. */
const CODE = /\*|[A-Za-z0-9][A-Za-z0-9_.-]*/y;
const BLANKS = /[ \t]*/y;

/**
 * Reads `CODE[, CODE...]` from `start` (spaces allowed around commas, as in hadolint). Returns
 * the codes and where the list ends, or the offset where a code was expected and not found.
 */
export function readCodeList(text: string, start: number): { codes: CodeSpan[]; end: number } | { expectedAt: number } {
  const codes: CodeSpan[] = [];
  let at = start;
  for (;;) {
    CODE.lastIndex = at;
    const match = CODE.exec(text);
    if (!match) return { expectedAt: at };
    codes.push({ text: match[0], start: at, end: at + match[0].length });
    at += match[0].length;
    const afterBlanks = skipBlanks(text, at);
    if (text[afterBlanks] !== ',') return { codes, end: at };
    at = skipBlanks(text, afterBlanks + 1);
  }
}

export function skipBlanks(text: string, at: number): number {
  BLANKS.lastIndex = at;
  BLANKS.exec(text);
  return BLANKS.lastIndex;
}
