import { defineRule } from '../../src/engine/define-rule.js';
import { stageKey, stageLine } from '../../src/rule-kit/stages.js';
import type { Stage } from '../../src/model/types.js';

export default defineRule({
  code: 'DL3024',
  name: 'no-duplicate-stage-name',
  aliases: ['DuplicateStageName'],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Stage names must be unique',
    why:
      'Two stages with the same name make every reference to that name ambiguous: `FROM <name>` picks ' +
      'the latest definition before it, `COPY --from=<name>` the last one in the file, and `--target` ' +
      'builds only one of them. Give each stage its own name.',
    bad: 'FROM node:22 AS build\nRUN npm ci\n\nFROM node:22-alpine AS build\nCOPY --from=0 /app /app',
    good: 'FROM node:22 AS deps\nRUN npm ci\n\nFROM node:22-alpine AS build\nCOPY --from=deps /app /app',
    references: [
      'https://docs.docker.com/reference/build-checks/duplicate-stage-name/',
      'https://github.com/hadolint/hadolint/wiki/DL3024',
    ],
    differences:
      'hadolint compares aliases case-sensitively, so `AS build` and `AS Build` pass. BuildKit lowercases ' +
      'stage names, so they are the same stage to the build; dflint follows BuildKit (its ' +
      '`DuplicateStageName` check) and reports every later duplicate at its alias.',
  },
  create(context) {
    return {
      'file:exit'() {
        const first = new Map<string, Stage>();
        for (const stage of context.model.stages) {
          if (stage.name === undefined || !stage.nameRange) continue;
          const earlier = first.get(stageKey(stage.name));
          if (!earlier) {
            first.set(stageKey(stage.name), stage);
            continue;
          }
          context.report({
            range: stage.nameRange,
            message: `Stage name \`${stage.name}\` is already used by the stage on line ${stageLine(earlier)}; give each stage a unique name`,
          });
        }
      },
    };
  },
});
