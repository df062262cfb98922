import type { ShellCommand, ShellWord } from '../model/shell/types.js';
import { basenameOf } from '../model/shell/commands.js';
import { positionals } from './commands.js';

/**
 * Programs that run another program given as their arguments, with the options that take a
 * separate value word (`sudo -u app pip install`, `xargs -n 1 apt-get install`).
 */
const WRAPPERS: ReadonlyMap<string, readonly string[]> = new Map([
  ['sudo', ['-u', '--user', '-g', '--group', '-C', '--close-from', '-D', '--chdir', '-h', '--host', '-p', '--prompt', '-r', '--role', '-t', '--type', '-U', '--other-user', '-T', '--command-timeout']],
  ['xargs', ['-a', '--arg-file', '-d', '--delimiter', '-E', '-I', '-L', '--max-lines', '-n', '--max-args', '-P', '--max-procs', '-s', '--max-chars']],
  ['env', ['-u', '--unset', '-C', '--chdir', '-S', '--split-string']],
  ['eatmydata', []],
  ['nice', ['-n', '--adjustment']],
  ['nohup', []],
]);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** The word the wrapper runs as a program: its first operand (after `env`'s assignments). */
function wrappedProgram(command: ShellCommand, valueFlags: readonly string[]): ShellWord | undefined {
  const assigns = (w: ShellWord) => command.basename === 'env' && w.value !== undefined && ASSIGNMENT.test(w.value);
  return positionals(command, valueFlags).find((w) => !assigns(w));
}

/**
 * The command a shell command really runs, looking through wrappers such as `sudo`, `xargs`
 * and `env`: `sudo -E apt-get install -y x` is `apt-get install -y x` with the words' own ranges.
 * Other commands are returned as they are.
 */
export function invokedCommand(command: ShellCommand): ShellCommand {
  let current = command;
  for (let depth = 0; depth < 4; depth++) {
    const valueFlags = WRAPPERS.get(current.basename);
    if (!valueFlags) return current;
    const nameWord = wrappedProgram(current, valueFlags);
    if (!nameWord) return current;
    const start = current.args.indexOf(nameWord);
    const name = nameWord.value ?? '';
    current = { ...current, name, basename: basenameOf(name), nameWord, args: current.args.slice(start + 1) };
  }
  return current;
}
