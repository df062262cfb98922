import type { ShellCommand } from '../model/shell/types.js';
import { comparePositions } from '../parse/source.js';
import type { Instruction, Range, ShellSetting, Word } from '../model/types.js';
import { commandEnd } from './commands.js';
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

/** Shell builtins and keywords that exist only inside a shell, so neither exec form nor `exec` can run them. */
const SHELL_ONLY = new Set([
  '.', ':', 'alias', 'builtin', 'case', 'cd', 'command', 'declare', 'eval', 'exec', 'exit', 'export', 'for',
  'function', 'getopts', 'hash', 'if', 'let', 'local', 'popd', 'pushd', 'read', 'readonly', 'return',
  'select', 'set', 'shift', 'shopt', 'source', 'time', 'trap', 'typeset', 'ulimit', 'umask', 'unalias',
  'unset', 'until', 'wait', 'while',
]);
/** Characters that may glob, expand a tilde or a brace list in some shell: such words are left to the shell. */
const EXPANDING = /[*?[{~]/;

/**
 * The one simple command a shell-form command runs when the script (which spans `span`) is
 * nothing else: no list, pipeline, subshell, variable assignment, trailing `&` or comment. Its
 * name is a program, not a shell builtin or keyword, and is written out (not a variable).
 */
export function soleProgram(instruction: Instruction, span: Range): ShellCommand | undefined {
  const script = instruction.shell;
  if (!script || script.hasErrors || script.assignments.length > 0) return undefined;
  const top = script.commands.filter((c) => !c.inSubstitution);
  const command = top[0];
  if (top.length !== 1 || !command || command.inPipeline || command.inSubshell || command.connector) return undefined;
  if (command.assignments.length > 0 || command.name === '' || SHELL_ONLY.has(command.name)) return undefined;
  return comparePositions(command.range.start, span.start) === 0 && comparePositions(commandEnd(command), span.end) === 0 ? command : undefined;
}

/**
 * The JSON array of a program's words, when the shell would pass each one on as it reads: no
 * variables, substitutions, globs or redirections (quotes and escapes are fine: the array holds
 * what they stand for).
 */
export function execFormOf(command: ShellCommand): string | undefined {
  if (command.redirects.length > 0) return undefined;
  const values = [command.nameWord, ...command.args].map((w) => w.value);
  if (!values.every((v): v is string => v !== undefined && !EXPANDING.test(v))) return undefined;
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}
