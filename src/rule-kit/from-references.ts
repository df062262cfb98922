import { expandedReferences, spanRanges } from '../model/expanded-references.js';
import type { Model, Stage } from '../model/types.js';
import type { ExpandedVariable } from './expanded-words.js';

/**
 * The variables a FROM line looks up, in its image and its `--platform` value: BuildKit expands
 * both with the global ARGs and the predefined ones only.
 */
export function fromVariables(model: Model, stage: Stage): ExpandedVariable[] {
  const found: ExpandedVariable[] = [];
  const ranges = [stage.platform?.range, stage.from.args[0] ? stage.image.range : undefined];
  for (const range of ranges) {
    if (!range) continue;
    const text = model.textOf(range);
    const rangeOf = spanRanges(range.start, text);
    for (const reference of expandedReferences(text, { escapeChar: model.escapeChar, quotes: true })) {
      found.push({ name: reference.name, range: rangeOf(reference.start, reference.end) });
    }
  }
  return found;
}
