import { defineRule } from '../engine/define-rule.js';
import type { Rule, RuleMeta } from '../engine/types.js';
import type { InstructionKind } from '../model/types.js';
import { removeInstructionLines } from './fixes.js';

/**
 * A rule for instructions of which only the last in a stage takes effect (CMD, ENTRYPOINT,
 * HEALTHCHECK): it reports the second and later ones of each stage on their keyword, as hadolint
 * does, with a fix that deletes the one each replaces. ONBUILD triggers are not counted: they
 * belong to the images built from this one.
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
            const line = previous!.keywordRange.start.line + 1;
            context.report({
              range: instruction.keywordRange,
              message: `Only the last \`${kind}\` of a stage takes effect, and this one replaces the \`${kind}\` on line ${line}: keep one`,
              fix: { description: `Remove the \`${kind}\` on line ${line}, which has no effect`, safety: 'safe', edits: [removeInstructionLines(context.model, previous!)] },
            });
            previous = instruction;
          }
        },
      };
    },
  });
}
