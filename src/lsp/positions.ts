import type { Range } from 'vscode-languageserver/node';

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
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Whether two ranges share a position (touching counts, so an empty range at a finding's edge finds it). */
export function overlaps(a: Range, b: Range): boolean {
  return !(before(a.end, b.start) || before(b.end, a.start));
}

function before(a: Range['start'], b: Range['start']): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
