import { defineRule } from '../../src/engine/define-rule.js';
import { buildkitSuggestion } from '../../src/rule-kit/buildkit-suggestion.js';
import { fromVariables } from '../../src/rule-kit/from-references.js';

export default defineRule({
  code: 'DF2003',
  name: 'no-undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Declare the ARGs that FROM uses before the first FROM',
    why:
      'FROM sees only the ARGs declared before the first FROM (global ARGs) and the platform ARGs ' +
      'BuildKit predefines (`TARGETARCH`, `BUILDPLATFORM`...). Any other variable is empty there, even ' +
      'when a stage above declares it, so `FROM node:22${VARIANT}` silently builds on `node:22` and a ' +
      'misspelt `$TARGETARC` drops the platform.',
    bad: 'FROM node:22${VARIANT} AS app\nFROM --platform=$BUILDPLATFROM golang:1.23 AS build',
    good: 'ARG VARIANT=-alpine\nFROM node:22${VARIANT} AS app\nFROM --platform=$BUILDPLATFORM golang:1.23 AS build',
    references: ['https://docs.docker.com/reference/build-checks/undefined-arg-in-from/', 'https://docs.docker.com/reference/dockerfile/#understand-how-arg-and-from-interact'],
    differences:
      'BuildKit reports on the whole FROM line; dflint on each variable, in the image or in `--platform`.',
  },
  create(context) {
    const { model } = context;
    return {
      'stage:exit'(stage) {
        const variables = fromVariables(model, stage);
        if (variables.length === 0) return;
        const declared = [...model.variables.scope(stage.from).keys()];
        for (const { name, range } of variables) {
          if (model.variables.lookup(name, stage.from) !== undefined) continue;
          const suggestion = buildkitSuggestion(name, declared);
          context.report({
            range,
            message:
              `\`$${name}\` is not a global ARG${suggestion ? ` (did you mean \`$${suggestion}\`?)` : ''}, so it is empty in FROM: ` +
              `declare it with \`ARG ${name}\` before the first FROM`,
          });
        }
      },
    };
  },
});
