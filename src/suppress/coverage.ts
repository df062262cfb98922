import type { Instruction, Model, Range } from '../model/types.js';
import type { Pragma } from './types.js';

/** Line-granular regions end past any column. */
const LINE_END = Number.MAX_SAFE_INTEGER;

/**
 * Where a finding must start for a pragma to cover it, or undefined when the pragma's place
 * gives it nothing to cover (an instruction pragma with no instruction directly below).
 *
 * - file: everything.
 * - instruction: the instruction directly below, all its lines (ONBUILD triggers included).
 *   Between the pragma and the instruction only comment lines may stand (dflint, hadolint:
 *   so stacked pragmas all apply), or comments and blank lines without a bare `#` (BuildKit,
 *   which collects every comment since the previous instruction). Inside a line continuation,
 *   where a comment is part of the instruction, the pragma covers the next line of text.
 * - stage: from the pragma to the end of its stage; when only comments and blank lines separate
 *   it from a FROM, that whole stage, FROM line included; before the first FROM, up to the end of
 *   the first stage.
 */
export function coverageOf(pragma: Pragma, model: Model): Range | undefined {
  if (pragma.scope === 'file') return lines(0, LINE_END);
  const line = pragma.comment.start.line;
  const container = model.instructions.find((i) => i.range.start.line < line && line <= i.range.end.line);
  if (pragma.scope === 'stage') {
    const anchor = container ?? nextInstruction(model, line);
    if (!anchor) return undefined;
    const start = !container && anchor.kind === 'FROM' ? anchor.range.start.line : line;
    // Among the global ARGs before the first FROM, the pragma is meant for the first stage.
    return lines(start, stageEnd(model, Math.max(anchor.stageIndex, 0)));
  }
  if (container) {
    const below = nextTextLine(model, line, container.range.end.line);
    return below === undefined ? undefined : lines(below, below);
  }
  const next = nextInstruction(model, line);
  if (!next) return undefined;
  const between = range(line + 1, next.range.start.line);
  const commentLines = new Map(model.comments.map((c) => [c.range.start.line, c.text]));
  const fits = pragma.tool === 'buildkit'
    ? between.every((l) => isBlank(model, l) || (commentLines.has(l) && commentLines.get(l)!.trim() !== ''))
    : between.every((l) => commentLines.has(l));
  return fits ? next.range : undefined;
}

function lines(first: number, last: number): Range {
  return { start: { line: first, character: 0 }, end: { line: last, character: LINE_END } };
}

function nextInstruction(model: Model, line: number): Instruction | undefined {
  return model.instructions.find((i) => i.range.start.line > line);
}

/** The last line of a stage: the line before the next FROM, or the end of the file. */
function stageEnd(model: Model, stageIndex: number): number {
  const nextStage = model.stages[stageIndex + 1];
  return nextStage ? nextStage.from.range.start.line - 1 : LINE_END;
}

/** The first line after `line`, up to `last`, that is neither blank nor a comment. */
function nextTextLine(model: Model, line: number, last: number): number | undefined {
  const commentLines = new Set(model.comments.map((c) => c.range.start.line));
  return range(line + 1, last + 1).find((l) => !commentLines.has(l) && !isBlank(model, l));
}

function isBlank(model: Model, line: number): boolean {
  return model.lineText(line).trim() === '';
}

/** first, first+1, ..., end-1. */
function range(first: number, end: number): number[] {
  return Array.from({ length: Math.max(0, end - first) }, (_, i) => first + i);
}
