import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction, Position } from '../model/types.js';
import { comparePositions } from '../parse/source.js';

/** The shell commands of an instruction (RUN scripts, heredoc scripts, exec form). */
export function commandsOf(instruction: Instruction): readonly ShellCommand[] {
  return instruction.shell?.commands ?? [];
}

/** Commands whose program is one of `names` (compared by basename: `/usr/bin/pip` is `pip`). */
export function commandsNamed(instruction: Instruction, ...names: string[]): ShellCommand[] {
  return commandsOf(instruction).filter((c) => names.includes(c.basename));
}

/**
 * The flags a word spells, with hadolint's reading: `--name=value` is `--name`, `-abc` is
 * `-a -b -c`, and `--` or `-` alone are not flags.
 */
function flagsOfWord(value: string): string[] {
  if (value.startsWith('--')) return value.length > 2 ? [value.split('=')[0]!] : [];
  if (value.startsWith('-') && value.length > 1) return [...value.slice(1)].map((c) => `-${c}`);
  return [];
}

function beforeDoubleDash(command: ShellCommand): readonly ShellWord[] {
  const end = command.args.findIndex((w) => w.value === '--');
  return end < 0 ? command.args : command.args.slice(0, end);
}

/** Whether the command has any of the flags (`-y`, `--yes`; short flags may be bundled). */
export function hasFlag(command: ShellCommand, ...names: string[]): boolean {
  return beforeDoubleDash(command).some((w) => w.value !== undefined && flagsOfWord(w.value).some((f) => names.includes(f)));
}

/** How many times a flag occurs (`-qq` counts `-q` twice). */
export function countFlag(command: ShellCommand, name: string): number {
  return beforeDoubleDash(command).reduce((n, w) => n + (w.value === undefined ? 0 : flagsOfWord(w.value).filter((f) => f === name).length), 0);
}

/** The value of `--name=value`, `--name value` or `-n value`; undefined when absent or dynamic. */
export function flagValue(command: ShellCommand, ...names: string[]): string | undefined {
  const args = beforeDoubleDash(command);
  for (let i = 0; i < args.length; i++) {
    const value = args[i]!.value;
    if (value === undefined) continue;
    for (const name of names) {
      if (value.startsWith(`${name}=`)) return value.slice(name.length + 1);
      if (value === name) return args[i + 1]?.value;
    }
  }
  return undefined;
}

/**
 * Arguments that are not flags. Values of the flags listed in `valueFlags` (given as separate
 * words, `-t value`) are dropped too. Words after `--` are always positional.
 */
export function positionals(command: ShellCommand, valueFlags: readonly string[] = []): ShellWord[] {
  const result: ShellWord[] = [];
  let afterDoubleDash = false;
  for (let i = 0; i < command.args.length; i++) {
    const word = command.args[i]!;
    const value = word.value;
    if (afterDoubleDash || value === undefined) {
      result.push(word);
      continue;
    }
    if (value === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (value.startsWith('-') && value.length > 1) {
      if (!value.includes('=') && valueFlags.includes(value)) i++;
      continue;
    }
    result.push(word);
  }
  return result;
}

const OUTPUT_OPERATORS = new Set(['>', '>>', '>|', '&>', '&>>']);

/** The files a command's standard output goes to (`> file`, `>> file`, `&> file`); static names only. */
export function outputFiles(command: ShellCommand): string[] {
  return command.redirects.flatMap((r) => {
    const toStdout = OUTPUT_OPERATORS.has(r.operator) && (r.fd === undefined || r.fd === 1);
    return toStdout && r.target?.value !== undefined ? [r.target.value] : [];
  });
}

/** The first positional argument (`install` in `apt-get -y install x`). */
export function subcommandOf(command: ShellCommand, valueFlags: readonly string[] = []): ShellWord | undefined {
  return positionals(command, valueFlags)[0];
}

/** Where a command ends, its redirections included (the command's own range stops at its last word). */
export function commandEnd(command: ShellCommand): Position {
  return command.redirects.reduce((end, r) => (comparePositions(r.range.end, end) > 0 ? r.range.end : end), command.range.end);
}
