import { posix } from 'node:path';
import type { ShellCommand } from '../model/shell/types.js';
import type { Instruction, Model } from '../model/types.js';
import { positionals } from './commands.js';
import { stageLineage } from './stages.js';
import { resolvedArguments } from './variables.js';

/**
 * An absolute path inside the image, or undefined when it is not known: a variable hides it,
 * or it is relative to the working directory of a base image, which the Dockerfile does not show.
 */
export type ImagePath = string | undefined;

/** `path` seen from `base`: absolute paths stand alone, relative ones join `base`. */
export function resolvePath(base: ImagePath, path: string): ImagePath {
  if (path.startsWith('/')) return posix.normalize(path);
  return base === undefined ? undefined : posix.join(base, path);
}

/**
 * The working directory of an instruction: the WORKDIRs before it in its stage and the stages it
 * builds on, starting from `/` for `scratch` and from an unknown directory for other images.
 */
export function workdirOf(model: Model, instruction: Instruction): ImagePath {
  const stage = model.stageOf(instruction);
  if (!stage) return undefined;
  // From the stage built on an image down to this one.
  const chain = stageLineage(stage).reverse();
  let current: ImagePath = chain[0]!.image.isScratch ? '/' : undefined;
  for (const s of chain) {
    for (const other of s.instructions) {
      if (other === instruction || (instruction.onbuild && other === instruction.onbuild)) return current;
      if (other.kind !== 'WORKDIR') continue;
      const path = resolvedArguments(model, other);
      current = path === undefined ? undefined : resolvePath(current, path);
    }
  }
  return current;
}

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
