import { defineRule } from '../engine/define-rule.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import type { InstructionKind } from '../model/types.js';

/**
 * A rule for instructions of which only the last in a stage takes effect (CMD, ENTRYPOINT): it
 * reports the second and later ones of each stage on their keyword, as hadolint does.
 */
export function onePerStageRule(kind: InstructionKind, meta: RuleMeta): Rule {
  return defineRule({
    ...meta,
    create(context) {
      return {
        'stage:exit'(stage) {
          const [first, ...later] = stage.instructions.filter((i) => i.kind === kind);
          let previous = first;
          for (const instruction of later) {
            context.report({
              range: instruction.keywordRange,
              message: `Only the last \`${kind}\` of a stage takes effect, and this one replaces the \`${kind}\` on line ${previous!.keywordRange.start.line + 1}: keep one`,
            });
            previous = instruction;
          }
        },
      };
    },
  });
}
