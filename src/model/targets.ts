import { stageKey } from './stage-names.js';
import { stagesMatching } from './stage-patterns.js';
import type { Stage } from './types.js';

/*
 * The stage `docker build` builds and the stages that build runs. BuildKit builds the `--target`
 * stage (the last one without it) and only the stages that stage reaches: the one it is built on
 * (`FROM <stage>`) and the ones it takes files from (`COPY --from`, `RUN --mount from=`),
 * transitively.
 */

/** A `--target` that names no stage: the build fails, as `docker build` does. */
export class UnknownTargetError extends Error {
  constructor(readonly target: string, readonly stageNames: readonly string[]) {
    super(`target stage "${target}" could not be found${stageNames.length > 0 ? `; the stages are ${stageNames.map((name) => `"${name}"`).join(', ')}` : ': no stage has a name'}`);
    this.name = 'UnknownTargetError';
  }
}

/** The stage named `target` (compared as BuildKit compares names), else the last stage; throws UnknownTargetError. */
export function targetStage(stages: readonly Stage[], target: string | undefined): Stage | undefined {
  if (target === undefined) return stages.at(-1);
  const key = stageKey(target);
  // BuildKit's table of names keeps the last stage of a name.
  const found = stages.findLast((stage) => stage.name !== undefined && stageKey(stage.name) === key);
  if (!found) throw new UnknownTargetError(target, stages.flatMap((stage) => (stage.name === undefined ? [] : [stage.name])));
  return found;
}

/**
 * The target and every stage it reaches. A FROM or `--from` written with a variable of unknown
 * value reaches every stage it could name, since a build argument can select any of them.
 */
export function stagesBuiltFor(target: Stage | undefined, stages: readonly Stage[]): ReadonlySet<Stage> {
  const built = new Set<Stage>();
  const visit = (stage: Stage) => {
    if (built.has(stage)) return;
    built.add(stage);
    if (stage.parent) visit(stage.parent);
    if (stage.image.unresolved.length > 0) stagesMatching(stages.slice(0, stage.index), stage.image.text).forEach(visit);
    for (const dependency of stage.dependencies) {
      if (dependency.stage) visit(dependency.stage);
      else if (dependency.reference.includes('$')) stagesMatching(stages, dependency.reference).forEach(visit);
    }
  };
  if (target) visit(target);
  return built;
}
