import { posix } from 'node:path';
import { resolveFromStage } from './stage-names.js';
import { stagesMatching } from './stage-patterns.js';
import type { Instruction, ShippedContent, Stage, StageDependency, Variables } from './types.js';

/*
 * Which part of each stage ends up in the image the build produces. The target is the stage
 * `--target` names, else the last stage; its layers ship, and so do those of the stages it is built
 * on (`FROM <stage>`), transitively. Of any other stage, only the paths that a stage whose
 * content ships copies out of it (`COPY --from`, or a `RUN --mount from=` source) can reach the
 * image; the rest of its files, caches included, stay behind.
 */

const NOTHING: ShippedContent = { kind: 'nothing' };
const LAYERS: ShippedContent = { kind: 'layers' };

/** The stages a name written with variables names: the one its known value names, or any it could expand to. */
function stagesNamed(text: string, at: Instruction, candidates: readonly Stage[], variables: Variables): Stage[] {
  const resolution = variables.resolve(text, at);
  if (resolution.unresolved.length > 0) return stagesMatching(candidates, text);
  const stage = resolveFromStage(candidates, resolution.value);
  return stage ? [stage] : [];
}

/**
 * The stages a stage is built on: its `FROM <alias>`, or, when the FROM has a variable with no
 * known value, every earlier stage it could name (`FROM base-${VARIANT}`).
 */
function basesOf(stage: Stage, stages: readonly Stage[]): Stage[] {
  const bases = stage.parent ? [stage.parent] : [];
  if (stage.image.unresolved.length > 0) bases.push(...stagesMatching(stages.slice(0, stage.index), stage.image.text));
  return bases;
}

/** The stages a `--from` reference may name; with variables, as `stagesNamed` tells. */
function referencedStages(stage: Stage, dependency: StageDependency, stages: readonly Stage[], variables: Variables): Stage[] {
  const named = dependency.reference.includes('$')
    ? stagesNamed(dependency.reference, dependency.instruction, stages, variables)
    : dependency.stage ? [dependency.stage] : [];
  return named.filter((s) => s !== stage);
}

/**
 * A source path as seen from the root of the stage copied from (BuildKit resolves `--from`
 * sources against `/`, not the stage's WORKDIR), variables substituted where known.
 */
function rootPath(text: string, at: Instruction, variables: Variables): string {
  const path = posix.join('/', variables.resolve(text, at).value);
  return path.length > 1 ? path.replace(/(?<!\/)\/+$/, '') : path;
}

/** The paths a dependency takes out of the stage it names: a COPY's sources, a mount's `source` (all of it by default). */
function pathsTaken(dependency: StageDependency, variables: Variables): string[] {
  const instruction = dependency.instruction;
  if (dependency.kind === 'mount') {
    const mount = instruction.flags.find((f) => f.range === dependency.range || f.valueRange === dependency.range);
    const source = mount?.options.find((o) => o.key === 'source' || o.key === 'src')?.value;
    return [rootPath(source ?? '/', instruction, variables)];
  }
  const operands = instruction.exec ? instruction.exec.map((s) => s.value) : instruction.args.map((w) => w.raw);
  return operands.slice(0, -1).map((source) => rootPath(source, instruction, variables));
}

/** What of each stage reaches the final image (see the comment at the top). */
export function shippedContents(stages: readonly Stage[], target: Stage | undefined, variables: Variables): Map<Stage, ShippedContent> {
  const layers = new Set<Stage>();
  const copied = new Map<Stage, Set<string>>();
  let changed = false;
  const shipLayers = (stage: Stage) => {
    if (layers.has(stage)) return;
    layers.add(stage);
    changed = true;
  };
  const shipPaths = (stage: Stage, paths: Iterable<string>) => {
    const known = copied.get(stage) ?? new Set<string>();
    copied.set(stage, known);
    for (const path of paths) {
      if (known.has(path)) continue;
      known.add(path);
      changed = true;
    }
  };
  if (target) shipLayers(target);
  // Stages pass content to earlier ones (and, rarely, to later ones): repeat until nothing grows.
  while (changed) {
    changed = false;
    for (const stage of [...stages].reverse()) {
      const paths = copied.get(stage);
      if (!layers.has(stage) && !paths) continue;
      for (const base of basesOf(stage, stages)) {
        if (layers.has(stage)) shipLayers(base);
        else shipPaths(base, paths!);
      }
      for (const dependency of stage.dependencies) {
        const taken = pathsTaken(dependency, variables);
        for (const source of referencedStages(stage, dependency, stages, variables)) shipPaths(source, taken);
      }
    }
  }
  return new Map(stages.map((stage) => {
    if (layers.has(stage)) return [stage, LAYERS];
    const paths = copied.get(stage);
    return [stage, paths ? { kind: 'copied', paths: [...paths] } : NOTHING];
  }));
}
