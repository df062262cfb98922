import type { Model, Stage } from '../model/types.js';

/**
 * Whether a stage's layers end up in the image a plain `docker build` produces: the last stage
 * and the stages it is built on (`FROM <stage>`), transitively. A builder stage whose files are
 * only copied out (`COPY --from`) ships none of its layers.
 */
export function shipsLayers(model: Model, stage: Stage): boolean {
  for (let current: Stage | undefined = model.stages[model.stages.length - 1]; current; current = current.parent) {
    if (current === stage) return true;
  }
  return false;
}
