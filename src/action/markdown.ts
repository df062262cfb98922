import { joinLines } from '../line-breaks.js';
import { codeSpans } from './code-spans.js';

/**
 * Markdown for the job summary (GitHub Flavored Markdown). Paths and messages come from the
 * repository and from ShellCheck, so every piece of text is escaped: it must not open a link,
 * HTML, emphasis or a table cell.
 */

/** ASCII punctuation that means something in GFM text or tables; a backslash makes each literal. */
const SPECIAL = /[\\`*_{}[\]()<>#|~!&]/g;

/** Plain text: special characters escaped, line breaks made spaces (a row or an item is one line). */
export function text(value: string): string {
  return joinLines(value).replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * A code span that shows `value` as it is, whatever backticks it holds: the fence is one
 * backtick longer than its longest run of them. Not for table cells: GFM ends a cell at a `|`
 * even inside a code span, and a backslash before it would show outside tables.
 */
export function code(value: string): string {
  const flat = value.replace(/[\r\n]+/g, ' ');
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/**
 * A finding's message, whose `code` spans (dflint writes instructions and commands in
 * backticks) stay code; the rest is escaped text. Unbalanced backticks are plain text.
 */
export function message(value: string): string {
  const flat = joinLines(value);
  let out = '';
  let last = 0;
  for (const span of codeSpans(flat)) {
    out += text(flat.slice(last, span.start)) + code(span.content);
    last = span.end;
  }
  return out + text(flat.slice(last));
}

/** A link, or the bare label when there is nowhere to go. The label is Markdown already. */
export function link(label: string, url: string | undefined): string {
  if (url === undefined) return label;
  // `<...>` destinations allow spaces and parentheses; `<`, `>` and line breaks are encoded.
  return `[${label}](<${url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
}

/** A table row: cells joined by `|`; each cell must already be escaped Markdown. */
export function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
