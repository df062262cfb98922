import type { Instruction, Range, ShellSetting, Word } from '../model/types.js';
import { fileName } from './paths.js';

/**
 * The words of the command an instruction runs: the arguments after the flags, and for
 * HEALTHCHECK after `CMD`. Empty for other HEALTHCHECK types.
 */
export function commandWords(instruction: Instruction): readonly Word[] {
  if (instruction.kind !== 'HEALTHCHECK') return instruction.args;
  return instruction.subcommand === 'CMD' ? instruction.args.slice(1) : [];
}

/** From the first word's start to the last word's end. */
export function spanOf(words: readonly Word[]): Range | undefined {
  const first = words[0];
  const last = words[words.length - 1];
  return first && last ? { start: first.range.start, end: last.range.end } : undefined;
}

/** PowerShell and cmd: Windows shells, for which shell form is the usual way to write commands. */
export function isWindowsShell(setting: ShellSetting): boolean {
  const program = fileName(setting.argv[0] ?? '').toLowerCase().replace(/\.exe$/, '');
  return program === 'powershell' || program === 'pwsh' || program === 'cmd';
}

/** A word the shell passes on unchanged: no quotes, escapes, variables, globs or operators. */
const PLAIN_WORD = /^[A-Za-z0-9_./:=,@%+-]+$/;
/** Shell builtins and keywords that exist only inside a shell, so exec form cannot run them. */
const SHELL_ONLY = new Set([
  '.', ':', 'alias', 'case', 'cd', 'declare', 'eval', 'exec', 'exit', 'export', 'for', 'if', 'let',
  'local', 'read', 'readonly', 'return', 'set', 'shift', 'source', 'trap', 'typeset', 'ulimit',
  'umask', 'unset', 'until', 'wait', 'while',
]);

/**
 * The JSON array for a shell-form command made only of plain words (`node app.js --port=80`),
 * or undefined when the shell does anything with it: variables, quotes, operators, globs, an
 * assignment prefix or a shell builtin.
 */
export function execFormOf(words: readonly Word[]): string | undefined {
  const [program] = words;
  if (!program || program.raw.includes('=') || SHELL_ONLY.has(program.raw)) return undefined;
  if (!words.every((w) => PLAIN_WORD.test(w.raw))) return undefined;
  return `[${words.map((w) => `"${w.raw}"`).join(', ')}]`;
}
