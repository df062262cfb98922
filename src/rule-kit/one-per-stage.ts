import { defineRule } from '../engine/define-rule.js';
import type { Fix, Rule, RuleMeta } from '../engine/types.js';
import type { Instruction, InstructionKind, Model } from '../model/types.js';
import { removeInstructionLines } from './fixes.js';

/** Deletes an instruction a later one replaces; none for one the build rejects, whose deletion would let a failing build pass. */
function removalFix(model: Model, replaced: Instruction, broken: ReadonlySet<Instruction | undefined>): Fix | undefined {
  if (broken.has(replaced)) return undefined;
  const line = replaced.keywordRange.start.line + 1;
  return { description: `Remove the \`${replaced.kind}\` on line ${line}, which has no effect`, safety: 'safe', edits: [removeInstructionLines(model, replaced)] };
}

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
      const { model } = context;
      const broken = new Set(model.problems.map((p) => p.instruction));
      return {
        'stage:exit'(stage) {
          const [first, ...later] = stage.instructions.filter((i) => i.kind === kind);
          let previous = first!;
          for (const instruction of later) {
            const fix = removalFix(model, previous, broken);
            context.report({
              range: instruction.keywordRange,
              message: `Only the last \`${kind}\` of a stage takes effect, and this one replaces the \`${kind}\` on line ${previous.keywordRange.start.line + 1}: keep one`,
              ...(fix ? { fix } : {}),
            });
            previous = instruction;
          }
        },
      };
    },
  });
}
