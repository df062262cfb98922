import type { Instruction, Model, Stage } from '../model/types.js';
import { perObject } from './per-model.js';
import { deletionCovers, isWithin, prefixMayCover } from './paths.js';

/**
 * What the cache-cleanup rules (DL3009, DL3019, DL3032, DL3036, DL3040, DL3042, DL3060) say
 * about the stages they check, for their docs.
 */
export const SHIPPED_STAGES_DOC =
  'Only caches that can reach the final image (that of the target: `--target`, or the config\'s ' +
  '`target`, else the last stage) are reported: those left in the target stage and in the stages it ' +
  'is built on (`FROM <stage>`), ' +
  'transitively, and those inside what such a stage copies or mounts out of another ' +
  '(`COPY --from=build / /`, or the cache folder itself), transitively too. A cache ' +
  'left in a builder or downloader stage whose results alone are copied out ' +
  '(`COPY --from=build /app/dist /app`) stays behind and is not reported. ONBUILD triggers are ' +
  'always checked, since they run in the images built on this one.';

/** Whether a copied path (as `Model.shipped` gives it) may hold `path`, or part of it. */
function overlaps(copied: string, path: string): boolean {
  const variable = copied.indexOf('$');
  if (variable >= 0) {
    const prefix = copied.slice(0, variable);
    return prefixMayCover(prefix, path) || isWithin(prefix.replace(/(?<!\/)\/+$/, ''), path) || prefix === '/';
  }
  return copied === '/' || deletionCovers(copied, path) || isWithin(copied, path);
}

/**
 * Whether anything under one of `paths` (absolute folders such as /var/lib/apt/lists) that the
 * instruction leaves in its stage can reach the final image: always for a stage whose layers
 * ship and for an ONBUILD trigger; for a stage only copied from, when a copy takes one of the
 * paths or a folder above or below it; never for a stage nothing ships from. A relative path
 * (a cache folder known only relative to an unknown directory) may be anywhere.
 */
export function mayReachImage(model: Model, instruction: Instruction, paths: readonly string[]): boolean {
  const stage = model.stageOf(instruction);
  if (instruction.onbuild || !stage) return true;
  const shipped = model.shipped(stage);
  if (shipped.kind !== 'copied') return shipped.kind === 'layers';
  return paths.some((path) => !path.startsWith('/') || copiedOut(stage, shipped.paths, path));
}

/**
 * Whether a copy out of the stage may take `path`: asked for each RUN of the stage, with the
 * same few cache folders, so answered once per stage and path.
 */
function copiedOut(stage: Stage, copiedPaths: readonly string[], path: string): boolean {
  const answers = copiedOutAnswers(stage);
  let answer = answers.get(path);
  if (answer === undefined) {
    answer = copiedPaths.some((copied) => overlaps(copied, path));
    answers.set(path, answer);
  }
  return answer;
}

const copiedOutAnswers = perObject((_stage: Stage) => new Map<string, boolean>());
