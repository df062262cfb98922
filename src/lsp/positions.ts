import type { Range } from 'vscode-languageserver/node';
import { comparePositions } from '../parse/source.js';

/** A finding's place, or one of its related places or fix edits: 1-based, end column exclusive, UTF-16. */
export interface FindingSpan {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** The LSP range of a finding's span: the same UTF-16 columns, counted from 0. */
export function rangeOf(span: FindingSpan): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: span.endLine - 1, character: span.endColumn - 1 },
  };
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** Whether two ranges share a position (touching counts, so an empty range at a finding's edge finds it). */
export function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.end, b.start) >= 0 && comparePositions(b.end, a.start) >= 0;
}
