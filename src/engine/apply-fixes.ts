import type { Finding } from './types.js';

interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * Applies the fixes of the given findings to `text` (which must be the text that was linted).
 * A fix whose edits overlap an already accepted fix is skipped whole; a later pass can retry.
 */
export function applyFixes(text: string, findings: readonly Finding[], accept: (f: Finding) => boolean = () => true): { text: string; applied: number } {
  const starts = lineOffsets(text);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  const accepted: OffsetEdit[] = [];
  let applied = 0;
  for (const finding of findings) {
    if (!finding.fix || !accept(finding)) continue;
    const edits = finding.fix.edits.map((e) => ({ start: offset(e.line, e.column), end: offset(e.endLine, e.endColumn), text: e.text }));
    const overlaps = edits.some((e) => accepted.some((a) => e.start < a.end && a.start < e.end || (e.start === e.end && e.start === a.start)));
    if (overlaps) continue;
    accepted.push(...edits);
    applied++;
  }
  accepted.sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of accepted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, applied };
}
