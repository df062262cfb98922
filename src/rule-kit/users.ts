import type { Instruction, Model, Range, Stage } from '../model/types.js';
import { stageLineage } from './stages.js';

export interface UserSwitch {
  /** The USER instruction. */
  readonly instruction: Instruction;
  /** The stage whose instructions hold it (an ancestor when inherited through `FROM <alias>`). */
  readonly stage: Stage;
  /** The user argument as written. */
  readonly range: Range;
  /** The user name or id (the part before `:`) after variable substitution; undefined when unknown. */
  readonly user: string | undefined;
  /** The argument contains variables (resolved or not). */
  readonly usesVariables: boolean;
}

/** `root` or uid 0, the way the container runtime reads a USER value. */
export function isRootUser(user: string): boolean {
  return user === 'root' || /^0+$/.test(user);
}

function toSwitch(model: Model, instruction: Instruction, stage: Stage): UserSwitch | undefined {
  if (!instruction.argsRange) return undefined;
  const resolution = model.variables.resolve(instruction.argsText, instruction);
  return {
    instruction,
    stage,
    range: instruction.argsRange,
    user: resolution.unresolved.length === 0 ? resolution.value.split(':')[0]!.trim() : undefined,
    usesVariables: instruction.args.some((w) => w.hasVariables),
  };
}

/**
 * The USER in effect at the end of a stage: its own last USER, or else the last one of the
 * stage it is built on (`FROM <alias>`), and so on. Undefined when no stage of the lineage sets
 * one, so the base image's user applies. ONBUILD triggers are not followed.
 */
export function effectiveUser(model: Model, stage: Stage): UserSwitch | undefined {
  for (const ancestor of stageLineage(stage)) {
    const users = ancestor.instructions.filter((i) => i.kind === 'USER' && i.argsRange);
    const last = users[users.length - 1];
    if (last) return toSwitch(model, last, ancestor);
  }
  return undefined;
}
