import type { Finding } from '../engine/types.js';
import { displayColumns } from './display-width.js';

const TAB_WIDTH = 4;

export interface SourceFrame {
  /** The finding's first line, tabs expanded. */
  readonly line: string;
  /** Spaces then carets, aligned under the finding's range on that line. */
  readonly carets: string;
}

/**
 * The source line of a finding with carets under its range. A range running onto later lines
 * is underlined to the end of its first line; an empty range gets one caret.
 */
export function sourceFrame(lines: readonly string[], finding: Finding): SourceFrame | undefined {
  const text = lines[finding.line - 1];
  if (text === undefined) return undefined;
  const start = Math.min(finding.column - 1, text.length);
  const end = finding.endLine > finding.line ? text.length : Math.min(finding.endColumn - 1, text.length);
  const visual = displayColumns(text, TAB_WIDTH);
  const from = visual[start]!;
  const to = Math.max(visual[Math.max(end, start)]!, from + 1);
  return { line: expandTabs(text, visual), carets: ' '.repeat(from) + '^'.repeat(to - from) };
}

/** The line with each tab replaced by the spaces up to its tab stop (`columns` from displayColumns). */
function expandTabs(text: string, columns: readonly number[]): string {
  let out = '';
  let index = 0;
  for (const char of text) {
    out += char === '\t' ? ' '.repeat(columns[index + 1]! - columns[index]!) : char;
    index += char.length;
  }
  return out;
}

/** The lines of a text as positions count them: without terminators or a byte order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}
