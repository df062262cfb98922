import type { Stage } from './types.js';
import { literalParts } from './variable-references.js';

/**
 * The pattern a word with variables can match as a stage name: each `$NAME` or `${...}` stands
 * for any text, since a build argument can select the stage (`FROM base-${VARIANT}`).
 */
function variablePattern(text: string): RegExp {
  const escaped = literalParts(text).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${escaped.join('.*')}$`, 'i');
}

/** The named stages a word written with variables could name (`base-${VARIANT}`). */
export function stagesMatching(stages: readonly Stage[], text: string): Stage[] {
  const pattern = variablePattern(text);
  return stages.filter((s) => s.name !== undefined && pattern.test(s.name));
}
