import { defineRule } from '../../src/engine/define-rule.js';
import { classifyReference, copyDependencies } from '../../src/rule-kit/stages.js';

export default defineRule({
  code: 'DL3023',
  name: 'no-copy-from-own-stage',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: '`COPY --from` must not reference the stage it is in',
    why:
      'A stage cannot copy from itself: BuildKit stops with a circular dependency error. Files already ' +
      'in the stage are copied with `RUN cp`, and files from another stage need that stage\'s name.',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nCOPY --from=build /out/app /usr/local/bin/app',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM debian:12\nCOPY --from=build /out/app /usr/local/bin/app',
    references: [
      'https://docs.docker.com/reference/dockerfile/#copy---from',
      'https://github.com/hadolint/hadolint/wiki/DL3023',
    ],
    differences:
      'hadolint compares the `--from` value with the current alias case-sensitively and ignores stage ' +
      'indexes. dflint compares case-insensitively (BuildKit lowercases stage names) and also reports ' +
      'the current stage\'s index (`FROM a AS x` ... `FROM b` then `COPY --from=1`). A name several ' +
      'stages define names the last of them, as in BuildKit: when a later stage defines the current ' +
      'alias again, `--from` names that later stage (DL3022 reports it), where hadolint reports DL3023.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        for (const dependency of copyDependencies(stage)) {
          if (classifyReference(stage, dependency).kind !== 'own') continue;
          context.report({
            range: dependency.range,
            message: `\`--from=${dependency.reference}\` references the current stage; copy from another stage, or use \`RUN cp\` within this one`,
          });
        }
      },
    };
  },
});
