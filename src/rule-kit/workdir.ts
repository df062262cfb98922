import { posix } from 'node:path';
import type { ShellCommand } from '../model/shell/types.js';
import type { Instruction, Model, Stage } from '../model/types.js';
import { positionals } from './commands.js';

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

/** Whether `path` is `directory` or lies below it. */
export function isWithin(path: string, directory: string): boolean {
  const dir = directory.replace(/\/+$/, '');
  return dir === '' || path === dir || path.startsWith(`${dir}/`);
}

function stageChain(stage: Stage): Stage[] {
  const chain: Stage[] = [];
  for (let s: Stage | undefined = stage; s && !chain.includes(s); s = s.parent) chain.unshift(s);
  return chain;
}

/**
 * The working directory of an instruction: the WORKDIRs before it in its stage and the stages it
 * builds on, starting from `/` for `scratch` and from an unknown directory for other images.
 */
export function workdirOf(model: Model, instruction: Instruction): ImagePath {
  const stage = model.stageOf(instruction);
  if (!stage) return undefined;
  const chain = stageChain(stage);
  let current: ImagePath = chain[0]!.image.isScratch ? '/' : undefined;
  for (const s of chain) {
    for (const other of s.instructions) {
      if (other === instruction || (instruction.onbuild && other === instruction.onbuild)) return current;
      if (other.kind !== 'WORKDIR') continue;
      const resolution = model.variables.resolve(other.argsText.trim(), other);
      current = resolution.unresolved.length > 0 ? undefined : resolvePath(current, resolution.value);
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
