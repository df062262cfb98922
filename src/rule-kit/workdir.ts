import type { ShellCommand } from '../model/shell/types.js';
import { resolvePath } from '../model/stage-state.js';
import type { ImagePath, Instruction } from '../model/types.js';
import { positionals } from './commands.js';

export { resolvePath } from '../model/stage-state.js';
export type { ImagePath } from '../model/types.js';

/**
 * The directory a command of a RUN script runs in: the instruction's working directory, moved
 * by the `cd` commands before it in the script (a `cd` whose target expands is unknown).
 */
export function commandDirectory(instruction: Instruction, command: ShellCommand, start: ImagePath): ImagePath {
  let current = start;
  for (const other of instruction.shell?.commands ?? []) {
    if (other.order >= command.order) break;
    if (other.basename !== 'cd' && other.basename !== 'pushd') continue;
    const target = positionals(other)[0];
    current = target?.value === undefined || target.value === '-' ? undefined : resolvePath(current, target.value);
  }
  return current;
}
