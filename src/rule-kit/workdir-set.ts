import type { Instruction, Model } from '../model/types.js';
import { stageLineage } from './stages.js';

/**
 * Whether a WORKDIR runs before `instruction` in its stage or in the stages it is built on
 * (`FROM <alias>`), whatever its value. A base image's WORKDIR cannot be seen from the Dockerfile.
 */
export function workdirSetBefore(model: Model, instruction: Instruction): boolean {
  const stage = model.stageOf(instruction);
  if (!stage) return false;
  const position = instruction.onbuild ?? instruction;
  return stageLineage(stage).some((s) =>
    s.instructions.some((other) => other.kind === 'WORKDIR' && (s !== stage || other.index < position.index)),
  );
}
