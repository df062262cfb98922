import type { Instruction, Model, Range, Stage, UserSetting } from '../model/types.js';
import { fileName } from './paths.js';

export interface UserSwitch extends UserSetting {
  /** The user argument as written. */
  readonly range: Range;
  /** The argument contains variables (resolved or not). */
  readonly usesVariables: boolean;
}

/** `root` or uid 0, the way the container runtime reads a USER value. */
export function isRootUser(user: string): boolean {
  return user === 'root' || /^0+$/.test(user);
}

/**
 * The USER in effect at the end of a stage: its own last USER, or else the last one of the
 * stage it is built on (`FROM <alias>`), and so on. Undefined when no stage of the lineage sets
 * one, so the base image's user applies. ONBUILD triggers are not followed.
 */
export function effectiveUser(model: Model, stage: Stage): UserSwitch | undefined {
  const setting = model.finalUser(stage);
  const range = setting?.instruction.argsRange;
  if (!setting || !range) return undefined;
  return { ...setting, range, usesVariables: setting.instruction.args.some((w) => w.hasVariables) };
}

/** Programs that start a process as another user. */
const STEP_DOWN_COMMANDS = new Set(['gosu', 'su-exec', 'setpriv', 's6-setuidgid', 'chpst', 'setuidgid', 'runuser', 'su']);
/** Step-down helpers whose mere presence in an image says its entrypoint uses them. */
const STEP_DOWN_TOOLS = new Set(['gosu', 'su-exec', 'setpriv']);

function mentionsStepDownTool(instruction: Instruction): boolean {
  const words = [
    ...(instruction.shell?.commands ?? []).flatMap((c) => [c.name, ...c.args.map((a) => a.value)]),
    ...(instruction.exec ?? []).map((s) => s.value),
    ...(instruction.kind === 'COPY' || instruction.kind === 'ADD' ? instruction.args.map((w) => w.value) : []),
  ];
  return words.some((word) => word !== undefined && STEP_DOWN_TOOLS.has(fileName(word)));
}

function startsWithStepDown(instruction: Instruction): boolean {
  if (instruction.kind !== 'CMD' && instruction.kind !== 'ENTRYPOINT') return false;
  const programs = instruction.exec
    ? instruction.exec.slice(0, 1).map((s) => s.value)
    : (instruction.shell?.commands ?? []).map((c) => c.name);
  return programs.some((program) => STEP_DOWN_COMMANDS.has(fileName(program)));
}

/**
 * Signs that an image starts as root on purpose and switches user when its process starts (the
 * pattern of the official database images): a step-down tool such as `gosu` or `su-exec` is
 * installed or copied in, or `CMD`/`ENTRYPOINT` runs one directly.
 */
export function stepsDownAtStart(stages: readonly Stage[]): boolean {
  return stages.some((stage) =>
    stage.instructions.some((i) => mentionsStepDownTool(i) || startsWithStepDown(i)) ||
    stage.dependencies.some((d) => d.image !== undefined && STEP_DOWN_TOOLS.has(fileName(d.image.repository))),
  );
}

/** Commands that create a user account. */
const USER_CREATION = new Set(['useradd', 'adduser']);

/**
 * Whether a stage creates a user account (`useradd`, `adduser`): with no USER switching to it,
 * only a script that runs when the container starts can use it (the official images' entrypoints
 * step down to such a user with gosu, su-exec or setpriv).
 */
export function createsUser(stages: readonly Stage[]): boolean {
  return stages.some((stage) => stage.instructions.some((i) => (i.shell?.commands ?? []).some((c) => USER_CREATION.has(fileName(c.name)))));
}
