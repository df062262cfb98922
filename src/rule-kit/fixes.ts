import type { TextEdit } from '../engine/types.js';
import type { ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';

/**
 * An edit that adds the argument `arg` right after `word` of a RUN: ` arg` in shell form and
 * heredocs, `, "arg"` in exec form (a JSON array).
 */
export function insertArgumentAfter(instruction: Instruction, word: ShellWord, arg: string): TextEdit {
  const text = instruction.form === 'exec' ? `, ${JSON.stringify(arg)}` : ` ${arg}`;
  return { range: { start: word.range.end, end: word.range.end }, text };
}
