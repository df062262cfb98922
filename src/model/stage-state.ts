import { posix } from 'node:path';
import type { ImagePath, Instruction, Stage, UserSetting, Variables, WorkdirSetting } from './types.js';

/** `path` seen from `base`: absolute paths stand alone, relative ones join `base`. */
export function resolvePath(base: ImagePath, path: string): ImagePath {
  if (path.startsWith('/')) return posix.normalize(path);
  return base === undefined ? undefined : posix.join(base, path);
}

/** The working directory and user before each instruction, and those a stage ends with. */
export interface StageStates {
  readonly before: ReadonlyMap<Instruction, StageState>;
  readonly atEnd: ReadonlyMap<Stage, StageState>;
}

export interface StageState {
  readonly workdir: WorkdirSetting;
  readonly user: UserSetting | undefined;
}

/** An instruction's argument text (trimmed) with its variables substituted, or undefined when one has no known value. */
export function resolvedArgumentText(instruction: Instruction, variables: Variables): string | undefined {
  const resolution = variables.resolve(instruction.argsText.trim(), instruction);
  return resolution.unresolved.length === 0 ? resolution.value : undefined;
}

/**
 * The WORKDIR and USER in effect before each instruction of the file, in one pass over each
 * stage: a stage starts from the end of the stage it is built on (`FROM <alias>`, always an
 * earlier stage), else from `/` for `scratch` and an unknown directory for other images, with the
 * base image's user. An ONBUILD trigger runs where its ONBUILD stands.
 */
export function trackStageStates(stages: readonly Stage[], variables: Variables): StageStates {
  const before = new Map<Instruction, StageState>();
  const atEnd = new Map<Stage, StageState>();
  for (const stage of stages) {
    let state: StageState = (stage.parent && atEnd.get(stage.parent)) ?? {
      workdir: { path: stage.image.isScratch ? '/' : undefined, set: false },
      user: undefined,
    };
    before.set(stage.from, state);
    for (const instruction of stage.instructions) {
      before.set(instruction, state);
      if (instruction.trigger) before.set(instruction.trigger, state);
      if (instruction.kind === 'WORKDIR') {
        const path = resolvedArgumentText(instruction, variables);
        state = { ...state, workdir: { path: path === undefined ? undefined : resolvePath(state.workdir.path, path), set: true } };
      } else if (instruction.kind === 'USER' && instruction.argsRange) {
        state = { ...state, user: { instruction, stage, user: resolvedArgumentText(instruction, variables)?.split(':')[0]!.trim() } };
      }
    }
    atEnd.set(stage, state);
  }
  return { before, atEnd };
}
