import type { Finding, Severity } from '../engine/types.js';
import { charWidth, displayColumns } from './display-width.js';
import { splitLines } from './source-frame.js';
import { oneLine } from './text.js';
import { eachFile, formatStreamed } from './streamed.js';
import type { Formatter } from './types.js';

/** The GNU Coding Standards count columns with tab stops every 8. */
const TAB_WIDTH = 8;

/** GCC's words, which Emacs' compile-mode classifies: it knows error, warning and info, not style. */
const SEVERITY: Readonly<Record<Severity, string>> = { error: 'error', warning: 'warning', info: 'info', style: 'info' };

interface Point {
  readonly line: number;
  /** 1-based screen column. */
  readonly column: number;
}

/**
 * The screen column of a UTF-16 column, or the column itself when the line is not in the text
 * (a finding that does not match the text it came with).
 */
function screenColumn(lines: readonly string[], line: number, column: number): number {
  const text = lines[line - 1];
  if (text === undefined) return column;
  return displayColumns(text, TAB_WIDTH)[Math.min(column - 1, text.length)]! + 1;
}

/**
 * The last character a finding covers, inclusive as GNU ranges are (Bison prints them so),
 * where dflint's end is exclusive. A range ending at the start of a line ends on the line break
 * before it. Undefined for an empty range.
 */
function lastCovered(finding: Finding, lines: readonly string[]): Point | undefined {
  if (finding.endLine === finding.line && finding.endColumn <= finding.column) return undefined;
  if (finding.endColumn === 1) {
    const previous = lines[finding.endLine - 2];
    const width = previous === undefined ? 0 : displayColumns(previous, TAB_WIDTH).at(-1)!;
    return { line: finding.endLine - 1, column: width + 1 };
  }
  const text = lines[finding.endLine - 1];
  if (text === undefined || finding.endColumn - 1 > text.length) return { line: finding.endLine, column: finding.endColumn - 1 };
  // The character before the end, stepping back over the second half of a surrogate pair.
  let index = finding.endColumn - 2;
  if (index > 0 && /[\uDC00-\uDFFF]/.test(text[index]!) && /[\uD800-\uDBFF]/.test(text[index - 1]!)) index--;
  const char = String.fromCodePoint(text.codePointAt(index)!);
  const start = displayColumns(text, TAB_WIDTH)[index]! + 1;
  return { line: finding.endLine, column: start + Math.max(charWidth(char), 1) - 1 };
}

/**
 * `line.column`, `line.column-endColumn` or `line.column-endLine.endColumn`, the shortest form
 * the GNU Coding Standards allow; a one-character or empty range is just its start.
 */
function gnuRange(finding: Finding, lines: readonly string[]): string {
  const column = screenColumn(lines, finding.line, finding.column);
  const start = `${finding.line}.${column}`;
  const end = lastCovered(finding, lines);
  if (!end || (end.line === finding.line && end.column <= column)) return start;
  return end.line === finding.line ? `${start}-${end.column}` : `${start}-${end.line}.${end.column}`;
}

const stream = eachFile(() => (result) => {
  const lines = splitLines(result.text);
  return result.findings.map((f) => `${f.file}:${gnuRange(f, lines)}: ${SEVERITY[f.severity]}: ${oneLine(f.message)} [${f.code}]\n`).join('');
});

/**
 * The GNU Coding Standards' error format, as GCC writes it:
 * `file:line.column-endLine.endColumn: severity: message [code]`, one line per finding.
 * Columns are screen columns (tabs to multiples of 8, wide characters 2), as the standard asks
 * and Emacs counts by default.
 */
export const gnu: Formatter = {
  name: 'gnu',
  description: 'GNU error format, for Emacs and other editors',
  format: (results, context) => formatStreamed(stream, results, context),
  stream,
};
