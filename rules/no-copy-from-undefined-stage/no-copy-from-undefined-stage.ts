import { defineRule } from '../../src/engine/define-rule.js';
import { classifyReference, copyDependencies, stageLine } from '../../src/rule-kit/stages.js';

export default defineRule({
  code: 'DL3022',
  name: 'no-copy-from-undefined-stage',
  aliases: [],
  severity: 'warning',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: '`COPY --from` must name a stage defined earlier',
    why:
      'A stage can only be copied from once it exists. An alias defined further down only works with ' +
      'BuildKit (which orders stages by their dependencies); the classic builder, Buildah/Podman and kaniko ' +
      'take the name for an image to pull and fail. An index with no earlier stage is an error everywhere ' +
      '(`invalid stage index`) or, when it names a later stage, silently depends on stage order. Move the ' +
      'stage above the COPY, or fix the name or index.',
    bad: 'FROM debian:12 AS app\nCOPY --from=build /out/app /usr/local/bin/app\n\nFROM golang:1.23 AS build\nRUN go build -o /out/app .',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM debian:12 AS app\nCOPY --from=build /out/app /usr/local/bin/app',
    references: [
      'https://docs.docker.com/reference/dockerfile/#copy---from',
      'https://github.com/hadolint/hadolint/wiki/DL3022',
    ],
    differences:
      'hadolint warns whenever the `--from` value contains no `:` and is neither an earlier alias nor an ' +
      'index lower than the number of FROMs so far. So it reports legitimate external sources: untagged ' +
      'images (`--from=nginx`, `--from=crazymax/yasu`) and named build contexts (`docker buildx build ' +
      '--build-context templates=...` then `--from=templates`). dflint reports only references that are ' +
      'certainly meant as stages: an alias that exists but is defined after the current stage, an index ' +
      'of a later stage, and an index for which no stage exists. A name that matches no stage is taken for ' +
      'an image or named context and left alone (pinning such images is another concern). `--from=` of ' +
      'the current stage is DL3023, not DL3022; values with variables (which BuildKit rejects) and ' +
      '`ONBUILD COPY --from` (resolved in the downstream Dockerfile) are not checked.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        for (const dependency of copyDependencies(stage)) {
          const target = classifyReference(stage, dependency);
          if (target.kind === 'later') {
            const how = /^\d+$/.test(dependency.reference) ? 'the index of' : 'the alias of';
            context.report({
              range: dependency.range,
              message: `\`--from=${dependency.reference}\` is ${how} a stage defined later (line ${stageLine(target.stage)}); define that stage before this one`,
            });
          } else if (target.kind === 'missing-index') {
            context.report({
              range: dependency.range,
              message: `\`--from=${dependency.reference}\` is not the index of any stage; use the name or index of an earlier stage`,
            });
          }
        }
      },
    };
  },
});
