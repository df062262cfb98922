import { defineRule } from '../engine/define-rule.js';
import type { Fix, Rule, RuleMeta } from '../engine/types.js';
import type { Model, SyntaxProblem, SyntaxProblemKind } from '../model/types.js';

/**
 * The metadata shared by the rules for problems that fail the build: hadolint reports a file it
 * cannot parse as the pseudo rule DL1000, so each of them answers to that id as well.
 */
export const BUILD_ERROR = {
  aliases: ['DL1000'],
  severity: 'error',
  category: 'syntax',
} as const satisfies Partial<RuleMeta>;

/** Builds the fix for one problem, or undefined when there is none. */
export type ProblemFix = (problem: SyntaxProblem, model: Model) => Fix | undefined;

/**
 * A rule that reports the model's syntax problems of one kind. The model finds them while it
 * reads the file (src/model/problems.ts), so the rules only choose which kind they own and
 * never detect anything themselves.
 */
export function syntaxProblemRule(kind: SyntaxProblemKind, meta: RuleMeta, fix?: ProblemFix): Rule {
  return defineRule({
    ...meta,
    create(context) {
      return {
        'file:exit'() {
          for (const problem of context.model.problems) {
            if (problem.kind !== kind) continue;
            const edit = fix?.(problem, context.model);
            context.report({ range: problem.range, message: problem.message, ...(edit ? { fix: edit } : {}) });
          }
        },
      };
    },
  });
}

/** What every DL1000-aliased rule does differently from hadolint's parse error. */
export const DL1000_DIFFERENCES =
  'hadolint reports any file its parser rejects as a single DL1000 finding and lints nothing else ' +
  'in it. Its parser also rejects files BuildKit builds (it trips over some comment placements, ' +
  'heredoc forms and `--mount` options) and accepts some BuildKit rejects. dflint reports each ' +
  'build error BuildKit would raise under its own code, at the offending word, and keeps linting ' +
  'the rest of the file. All of these rules answer to `DL1000`, so a configuration that ignores ' +
  'or re-levels DL1000 applies to them.';
