import type { FindingFix } from '../engine/types.js';
import type { Model, Range } from '../model/types.js';
import type { Pragma, PragmaCode } from './types.js';

/**
 * The fix for an unused code: delete it with one adjacent comma, or, when every code of the
 * pragma goes, the whole comment line (only when the line holds nothing else, so a `check=`
 * directive with `error=true` is left alone). Safe for dflint's own pragmas; unsafe for
 * hadolint's and BuildKit's, which those tools may still need where their rules differ.
 */
export function removalFix(model: Model, pragma: Pragma, code: PragmaCode | undefined, removed: ReadonlySet<PragmaCode>): FindingFix | undefined {
  const safety = pragma.tool === 'dflint' ? 'safe' : 'unsafe';
  const kept = pragma.codes.filter((c) => !removed.has(c));
  if (code && kept.length > 0) {
    return { description: `Remove \`${code.text}\` from the pragma`, safety, edits: [toEdit(codeWithComma(pragma, code), '')] };
  }
  if (!pragma.ownsLine) return undefined;
  return { description: 'Remove the pragma', safety, edits: [toEdit(wholeLine(model, pragma.comment.start.line), '')] };
}

/** The code and the comma after it, or, for the last code, the comma before it. */
function codeWithComma(pragma: Pragma, code: PragmaCode): Range {
  const index = pragma.codes.indexOf(code);
  const next = pragma.codes[index + 1];
  if (next) return { start: code.range.start, end: next.range.start };
  const previous = pragma.codes[index - 1]!;
  return { start: previous.range.end, end: code.range.end };
}

/** The line with its line break (for the last line, the break before it). */
function wholeLine(model: Model, line: number): Range {
  const length = model.lineText(line).length;
  const lastLine = model.text.split('\n').length - 1;
  if (line < lastLine) return { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
  if (line > 0) return { start: { line: line - 1, character: model.lineText(line - 1).length }, end: { line, character: length } };
  return { start: { line, character: 0 }, end: { line, character: length } };
}

function toEdit(range: Range, text: string): FindingFix['edits'][number] {
  return { line: range.start.line + 1, column: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1, text };
}
