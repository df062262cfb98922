import type { Finding } from './types.js';

interface OffsetEdit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface AppliedFixes {
  readonly text: string;
  /** How many findings' fixes were applied. */
  readonly applied: number;
  /** The findings whose fixes were applied, in the order given. */
  readonly findings: readonly Finding[];
}

function lineOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/**
 * Applies the fixes of the given findings to `text` (which must be the text that was linted,
 * without a byte order mark, as the model reads it). A fix whose edits overlap an already
 * accepted fix, or insert at the same point, is skipped whole; a later pass can retry it.
 * Rules write line breaks as `\n`; with `eol: '\r\n'` inserted text gets the file's CRLF.
 */
export function applyFixes(
  text: string,
  findings: readonly Finding[],
  accept: (f: Finding) => boolean = () => true,
  eol: '\n' | '\r\n' = '\n',
): AppliedFixes {
  const starts = lineOffsets(text);
  const offset = (line: number, column: number) => Math.min((starts[line - 1] ?? text.length) + column - 1, text.length);
  const accepted: OffsetEdit[] = [];
  const applied: Finding[] = [];
  for (const finding of findings) {
    if (!finding.fix || !accept(finding)) continue;
    const edits = finding.fix.edits.map((e) => ({
      start: offset(e.line, e.column),
      end: offset(e.endLine, e.endColumn),
      text: eol === '\n' ? e.text : e.text.replace(/\r?\n/g, eol),
    }));
    const overlaps = edits.some((e) => accepted.some((a) => (e.start < a.end && a.start < e.end) || (e.start === a.start && (e.start === e.end || a.start === a.end))));
    if (overlaps) continue;
    accepted.push(...edits);
    applied.push(finding);
  }
  accepted.sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of accepted) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  return { text: result, applied: applied.length, findings: applied };
}
