import type { ImageRef, Model, Stage, StageDependency } from '../model/types.js';
import { stagesMatching } from '../model/stage-patterns.js';

export { stageKey } from '../model/stage-names.js';

/** Names BuildKit reserves: `scratch` (the empty image) and `context` (the build context). */
export const RESERVED_STAGE_NAMES: readonly string[] = ['scratch', 'context'];

/** Where a `COPY --from` / `RUN --mount from=` reference points, seen from the stage it is in. */
export type StageReference =
  /** A stage defined before the current one (by alias or index). */
  | { readonly kind: 'earlier'; readonly stage: Stage }
  /** The current stage itself. */
  | { readonly kind: 'own'; readonly stage: Stage }
  /** A stage defined after the current one (by alias or index). */
  | { readonly kind: 'later'; readonly stage: Stage }
  /** A stage index for which no stage exists. */
  | { readonly kind: 'missing-index'; readonly index: number }
  /** No stage has that name: an image or a named build context (`--build-context name=...`). */
  | { readonly kind: 'external' }
  /** Written with a variable, which BuildKit refuses to expand in `--from`. */
  | { readonly kind: 'dynamic' };

/**
 * Classifies a stage dependency the way BuildKit resolves it: a number is a stage index, any
 * other word a stage alias compared case-insensitively, and a word naming no stage an image or
 * a named context.
 */
export function classifyReference(current: Stage, dependency: StageDependency): StageReference {
  const reference = dependency.reference;
  if (reference.includes('$')) return { kind: 'dynamic' };
  if (/^\d+$/.test(reference)) return dependency.stage ? relative(current, dependency.stage) : { kind: 'missing-index', index: Number(reference) };
  return dependency.stage ? relative(current, dependency.stage) : { kind: 'external' };
}

function relative(current: Stage, stage: Stage): StageReference {
  if (stage.index < current.index) return { kind: 'earlier', stage };
  if (stage.index === current.index) return { kind: 'own', stage };
  return { kind: 'later', stage };
}

/** The `COPY --from` dependencies of a stage (RUN mounts excluded). */
export function copyDependencies(stage: Stage): StageDependency[] {
  return stage.dependencies.filter((d) => d.kind === 'copy');
}

/** 1-based line of a stage's FROM, for messages. */
export function stageLine(stage: Stage): number {
  return stage.from.keywordRange.start.line + 1;
}

/**
 * The stages a stage builds on (`FROM <alias>`) or takes files from (`COPY --from`,
 * `RUN --mount from=`, by alias or index). A FROM image or `--from` written with variables
 * counts every stage whose name it could expand to, since a build argument can select it.
 */
export function stageSources(model: Model, stage: Stage): Set<Stage> {
  const sources = new Set<Stage>();
  const earlier = model.stages.slice(0, stage.index);
  if (stage.parent) sources.add(stage.parent);
  if (stage.image.text.includes('$')) stagesMatching(earlier, stage.image.text).forEach((s) => sources.add(s));
  for (const dependency of stage.dependencies) {
    const target = classifyReference(stage, dependency);
    if (target.kind === 'earlier' || target.kind === 'later') sources.add(target.stage);
    if (target.kind === 'dynamic') stagesMatching(model.stages, dependency.reference).forEach((s) => s !== stage && sources.add(s));
  }
  return sources;
}

/** Stages that at least one other stage builds on or takes files from (see `stageSources`). */
export function usedStages(model: Model): Set<Stage> {
  const used = new Set<Stage>();
  for (const stage of model.stages) stageSources(model, stage).forEach((s) => used.add(s));
  return used;
}

/**
 * The stages that can end up as a run image: the target (`--target`, else the last stage), and
 * every stage no other stage uses (a possible `--target` of another build). Stages only copied or mounted from are build steps, and a stage
 * used as a `FROM` base is judged through the stages built on it.
 */
export function imageStages(model: Model): Stage[] {
  const used = usedStages(model);
  return model.stages.filter((stage) => stage === model.target || !used.has(stage));
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
