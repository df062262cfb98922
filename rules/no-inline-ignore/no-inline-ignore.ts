import { defineRule } from '../../src/engine/define-rule.js';
import type { Comment, Range } from '../../src/model/types.js';
import type { Span } from '../../src/suppress/code-list.js';
import { parseCheckComment } from '../../src/suppress/parse-check.js';
import { parseIgnorePragma } from '../../src/suppress/parse-ignore-pragma.js';

/**
 * The span of an ignore pragma that covers only the instruction below: `# dflint ignore=`,
 * `# hadolint ignore=` or BuildKit's `# check=skip=` above an instruction. Stage, global and
 * file-wide pragmas are deliberate, visible decisions and are not inline.
 */
function inlinePragmaSpan(comment: Comment): Span | undefined {
  const ignore = parseIgnorePragma(comment.text);
  if (ignore) return 'malformed' in ignore || ignore.scope !== 'instruction' ? undefined : ignore.span;
  const check = parseCheckComment(comment.text);
  return check && !('malformed' in check) ? check.span : undefined;
}

/** A span of a comment's text (which starts after its `#`) as a range of the Dockerfile. */
function rangeIn(comment: Comment, span: Span): Range {
  const { line, character } = comment.range.start;
  return { start: { line, character: character + 1 + span.start }, end: { line, character: character + 1 + span.end } };
}

export default defineRule({
  code: 'DL1001',
  name: 'no-inline-ignore',
  aliases: [],
  severity: 'info',
  category: 'maintainability',
  fixable: false,
  offByDefault: true,
  docs: {
    summary: 'Do not silence rules with inline ignore pragmas',
    why:
      'An inline pragma such as `# hadolint ignore=DL3008` hides a finding where few reviewers look, ' +
      'and stays after the reason for it has gone. Teams that want every exception decided in one ' +
      'place turn this rule on, and keep their exceptions in the configuration file.',
    bad: 'FROM debian:12\n# hadolint ignore=DL3008\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
    references: ['https://github.com/hadolint/hadolint#inline-ignores'],
    differences:
      'hadolint reports only `# hadolint ignore=` comments. dflint also reports its own `# dflint ignore=` ' +
      'and BuildKit\'s `# check=skip=` above an instruction, which do the same; like hadolint it leaves ' +
      'stage, global and file-wide pragmas and `shell=` pragmas alone. Both tools run this rule only when ' +
      'it is configured.',
  },
  create(context) {
    return {
      'file:exit'() {
        for (const comment of context.model.comments) {
          const span = inlinePragmaSpan(comment);
          if (!span) continue;
          context.report({
            range: rangeIn(comment, span),
            message: 'Do not silence rules inline: fix the finding, or ignore the rule in the configuration file',
          });
        }
      },
    };
  },
});
