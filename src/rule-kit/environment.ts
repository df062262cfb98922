import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { commandsOf } from './commands.js';

/** The value of `NAME=value` written in `word` (quotes removed), or undefined for another word. */
function assignedValue(word: ShellWord, name: string): string | undefined {
  const text = word.value ?? word.raw;
  if (!text.startsWith(`${name}=`)) return undefined;
  const value = text.slice(name.length + 1);
  return /^(["']).*\1$/s.test(value) ? value.slice(1, -1) : value;
}

function firstAssigned(words: readonly ShellWord[], name: string): string | undefined {
  for (const word of words) {
    const value = assignedValue(word, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * The value a RUN script gives the environment variable `name` when `command` starts: a
 * `NAME=value` prefix of the command, `env NAME=value` before it, or an earlier
 * `export NAME=value`. The value is as written (quotes removed) and may still contain `$`.
 * `command` is the command as written, wrappers included.
 */
export function scriptEnvironmentValue(instruction: Instruction, command: ShellCommand, name: string): string | undefined {
  const prefix = firstAssigned(command.assignments, name) ?? (command.basename === 'env' ? firstAssigned(command.args, name) : undefined);
  if (prefix !== undefined) return prefix;
  let exported: string | undefined;
  for (const c of commandsOf(instruction)) {
    if (c.order >= command.order) break;
    if (c.basename === 'export') exported = firstAssigned(c.args, name) ?? exported;
  }
  return exported;
}
