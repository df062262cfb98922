import type { ShellCommand } from '../model/shell/types.js';
import type { Instruction } from '../model/types.js';
import { commandsOf } from './commands.js';
import { invokedCommand } from './invocations.js';

/**
 * The commands of an instruction that run one of the programs `names`, looking through wrappers
 * (`sudo wget`, `xargs -n1 curl`): each is the invoked command, with its own words and ranges.
 */
export function programsNamed(instruction: Instruction, ...names: string[]): ShellCommand[] {
  return commandsOf(instruction).map(invokedCommand).filter((c) => names.includes(c.basename));
}
