import { defineRule } from '../../src/engine/define-rule.js';
import { RESERVED_STAGE_NAMES, stageKey } from '../../src/rule-kit/stages.js';

export default defineRule({
  code: 'DL3063',
  name: 'no-reserved-stage-name',
  aliases: ['ReservedStageName'],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Do not name a stage `scratch` or `context`',
    why:
      '`scratch` is the empty image and `context` the build context: BuildKit gives both names a meaning ' +
      'of their own, so a stage called that way is confusing at best, and `FROM scratch` or a named ' +
      'context may not resolve to the stage you expect.',
    bad: 'FROM alpine:3.20 AS scratch\nRUN echo hi > /hi\n\nFROM alpine:3.20\nCOPY --from=scratch /hi /hi',
    good: 'FROM alpine:3.20 AS greeting\nRUN echo hi > /hi\n\nFROM alpine:3.20\nCOPY --from=greeting /hi /hi',
    references: [
      'https://docs.docker.com/reference/build-checks/reserved-stage-name/',
      'https://github.com/hadolint/hadolint/wiki/DL3063',
    ],
    differences:
      'hadolint matches the alias exactly, so `AS Scratch` passes; BuildKit lowercases stage names, so ' +
      'dflint matches case-insensitively like BuildKit\'s `ReservedStageName` check.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        if (stage.name === undefined || !stage.nameRange) return;
        if (!RESERVED_STAGE_NAMES.includes(stageKey(stage.name))) return;
        context.report({
          range: stage.nameRange,
          message: `Stage name \`${stage.name}\` is reserved by BuildKit; choose another name`,
        });
      },
    };
  },
});
