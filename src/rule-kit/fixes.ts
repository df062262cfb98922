import type { TextEdit } from '../engine/types.js';
import type { ShellWord } from '../model/shell/types.js';
import type { Instruction, Model } from '../model/types.js';

/**
 * An edit that adds the argument `arg` right after `word` of a RUN: ` arg` in shell form and
 * heredocs, `, "arg"` in exec form (a JSON array).
 */
export function insertArgumentAfter(instruction: Instruction, word: ShellWord, arg: string): TextEdit {
  const text = instruction.form === 'exec' ? `, ${JSON.stringify(arg)}` : ` ${arg}`;
  return { range: { start: word.range.end, end: word.range.end }, text };
}

/**
 * An edit that deletes an instruction's lines (continuation lines, comment lines inside it and
 * heredoc bodies included) with their line break; for an instruction on the last line, the
 * line break before it. Comments above it are kept: whether they describe it is for a person to say.
 */
export function removeInstructionLines(model: Model, instruction: Instruction): TextEdit {
  const { start, end } = instruction.range;
  const lastLine = model.text.split('\n').length - 1;
  if (end.line < lastLine) return { range: { start: { line: start.line, character: 0 }, end: { line: end.line + 1, character: 0 } }, text: '' };
  const from = start.line > 0 ? { line: start.line - 1, character: model.lineText(start.line - 1).length } : { line: 0, character: 0 };
  return { range: { start: from, end: { line: end.line, character: model.lineText(end.line).length } }, text: '' };
}

/**
 * An edit that puts `text` (one or more whole instructions, `\n`-separated) on its own lines
 * right before `instruction`, indented as that instruction is.
 */
export function insertBefore(model: Model, instruction: Instruction, text: string): TextEdit {
  const start = instruction.range.start;
  const indent = model.lineText(start.line).slice(0, start.character);
  return { range: { start, end: start }, text: `${text}\n${indent}` };
}

/** An edit that puts `text` (whole instructions) on its own lines right after `instruction`. */
export function insertAfter(instruction: Instruction, text: string): TextEdit {
  const end = instruction.range.end;
  return { range: { start: end, end }, text: `\n${text}` };
}
