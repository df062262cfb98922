import type { ImageRef, Model, Stage } from '../model/types.js';

/** Whether a later stage builds on `stage` (`FROM <alias>`) or copies or mounts from it. */
export function isUsedByOtherStage(model: Model, stage: Stage): boolean {
  return model.stages.some((other) =>
    other !== stage && (other.parent === stage || other.dependencies.some((d) => d.stage === stage)),
  );
}

/**
 * The stages that can end up as a run image: the final stage, and every stage no other stage
 * uses (a possible `--target`). Stages only copied or mounted from are build steps, and a stage
 * used as a `FROM` base is judged through the stages built on it.
 */
export function imageStages(model: Model): Stage[] {
  return model.stages.filter((stage) => stage.isLast || !isUsedByOtherStage(model, stage));
}

/** The stage and its ancestors through `FROM <alias>`, nearest first. */
export function stageLineage(stage: Stage): Stage[] {
  const lineage: Stage[] = [];
  for (let current: Stage | undefined = stage; current && !lineage.includes(current); current = current.parent) {
    lineage.push(current);
  }
  return lineage;
}

/** The external image a stage is ultimately built on (following `FROM <alias>`). */
export function baseImageOf(stage: Stage): ImageRef {
  const lineage = stageLineage(stage);
  return lineage[lineage.length - 1]!.image;
}
