import { posix } from 'node:path';
import type { ShellCommand } from '../model/shell/types.js';
import type { Instruction, Model, Stage } from '../model/types.js';
import { positionals } from './commands.js';
import { perModel } from './per-model.js';
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

/** The working directory before an instruction, and whether any WORKDIR of its lineage set it. */
interface WorkdirState {
  readonly workdir: ImagePath;
  readonly set: boolean;
}

/**
 * The working directory before each instruction of the file (and at the start and end of each
 * stage), in one pass: a stage starts from the end of the stage it is built on (`FROM <alias>`,
 * always an earlier stage), from `/` for `scratch` and from an unknown directory for other images.
 */
const workdirStates = perModel((model) => {
  const before = new Map<Instruction, WorkdirState>();
  const atEnd = new Map<Stage, WorkdirState>();
  for (const stage of model.stages) {
    const inherited = stage.parent && atEnd.get(stage.parent);
    let state: WorkdirState = inherited ?? { workdir: stage.image.isScratch ? '/' : undefined, set: false };
    before.set(stage.from, state);
    for (const instruction of stage.instructions) {
      before.set(instruction, state);
      if (instruction.kind !== 'WORKDIR') continue;
      const path = resolvedArguments(model, instruction);
      state = { workdir: path === undefined ? undefined : resolvePath(state.workdir, path), set: true };
    }
    atEnd.set(stage, state);
  }
  return before;
});

/** The state before an instruction; an ONBUILD trigger runs where its ONBUILD stands. */
function workdirStateOf(model: Model, instruction: Instruction): WorkdirState | undefined {
  return workdirStates(model).get(instruction.onbuild ?? instruction);
}

/**
 * The working directory of an instruction: the WORKDIRs before it in its stage and the stages it
 * builds on, starting from `/` for `scratch` and from an unknown directory for other images.
 */
export function workdirOf(model: Model, instruction: Instruction): ImagePath {
  return workdirStateOf(model, instruction)?.workdir;
}

/**
 * Whether a WORKDIR runs before `instruction` in its stage or in the stages it is built on
 * (`FROM <alias>`), whatever its value. A base image's WORKDIR cannot be seen from the Dockerfile.
 */
export function workdirSetBefore(model: Model, instruction: Instruction): boolean {
  return workdirStateOf(model, instruction)?.set ?? false;
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
