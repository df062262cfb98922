import type { Instruction, Model, Stage } from '../model/types.js';
import { copyOperands } from './copy.js';
import { imageStages } from './stages.js';
import { resolvedArguments } from './variables.js';

/** An absolute WORKDIR: the instructions after it no longer see the directory before it. */
function setsAbsoluteWorkdir(model: Model, instruction: Instruction): boolean {
  return instruction.kind === 'WORKDIR' && (resolvedArguments(model, instruction)?.startsWith('/') ?? false);
}

/** Whether an instruction reads the working directory (runs in it, or resolves a path against it). */
function readsWorkdir(model: Model, instruction: Instruction): boolean {
  switch (instruction.kind) {
    case 'RUN': case 'CMD': case 'ENTRYPOINT': case 'HEALTHCHECK': case 'ONBUILD': case 'VOLUME':
      return true;
    case 'WORKDIR':
      return !setsAbsoluteWorkdir(model, instruction);
    case 'COPY': case 'ADD': {
      const destination = copyOperands(model, instruction).destination;
      return destination === undefined || destination.unresolved.length > 0 || !destination.value.startsWith('/');
    }
    default:
      return false;
  }
}

/**
 * Whether the working directory a stage ends with matters: the stage may be run as an image (it
 * is the last stage or a possible `--target`), or another stage is built on it and inherits it.
 * A stage only copied or mounted from does not pass its working directory on.
 */
export function finalWorkdirMatters(model: Model, stage: Stage): boolean {
  return imageStages(model).includes(stage) || model.stages.some((s) => s.parent === stage);
}

/**
 * The instructions of a stage after which the working directory is read again before an absolute
 * WORKDIR sets it anew (see `readsWorkdir`), or the stage ends with it and `endMatters`. Changing
 * the working directory right after any other instruction changes nothing. One backward pass.
 */
export function workdirReadAfter(model: Model, stage: Stage, endMatters: boolean): Set<Instruction> {
  const read = new Set<Instruction>();
  let readLater = endMatters;
  for (let i = stage.instructions.length - 1; i >= 0; i--) {
    const instruction = stage.instructions[i]!;
    if (readLater) read.add(instruction);
    if (setsAbsoluteWorkdir(model, instruction)) readLater = false;
    else if (readsWorkdir(model, instruction)) readLater = true;
  }
  return read;
}
