import type { Finding } from '../engine/types.js';

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
  const visual = visualColumns(text);
  const from = visual[start]!;
  const to = Math.max(visual[Math.max(end, start)]!, from + 1);
  return { line: expandTabs(text), carets: ' '.repeat(from) + '^'.repeat(to - from) };
}

/** The display column of each UTF-16 index of a line (and of its end), with tab stops every TAB_WIDTH. */
function visualColumns(text: string): number[] {
  const columns: number[] = [];
  let column = 0;
  for (let i = 0; i < text.length; i++) {
    columns.push(column);
    column = text[i] === '\t' ? column + TAB_WIDTH - (column % TAB_WIDTH) : column + 1;
  }
  columns.push(column);
  return columns;
}

function expandTabs(text: string): string {
  let out = '';
  for (const char of text) out += char === '\t' ? ' '.repeat(TAB_WIDTH - (out.length % TAB_WIDTH)) : char;
  return out;
}

/** The lines of a text as positions count them: without terminators or a byte order mark. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}
