import { defineRule } from '../../src/engine/define-rule.js';
import type { InstructionKind } from '../../src/model/types.js';

/** Triggers BuildKit refuses when it parses ONBUILD (`instructions.parseOnBuild`). */
const FORBIDDEN: ReadonlySet<InstructionKind> = new Set(['ONBUILD', 'FROM', 'MAINTAINER']);

export default defineRule({
  code: 'DL3043',
  name: 'no-invalid-onbuild-trigger',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Do not use `ONBUILD`, `FROM` or `MAINTAINER` as an ONBUILD trigger',
    why:
      'An ONBUILD trigger runs as the first step of an image built on this one. BuildKit rejects ' +
      '`ONBUILD ONBUILD`, `ONBUILD FROM` and `ONBUILD MAINTAINER` when it reads the Dockerfile, so ' +
      'the build fails: triggers cannot chain, cannot start a new stage, and `MAINTAINER` is deprecated metadata.',
    bad: 'FROM debian:12\nONBUILD FROM debian:12',
    good: 'FROM debian:12\nONBUILD RUN echo "building on the base image"',
    references: ['https://docs.docker.com/reference/dockerfile/#onbuild'],
  },
  create(context) {
    return {
      ONBUILD(onbuild) {
        const trigger = onbuild.trigger;
        if (!trigger || !FORBIDDEN.has(trigger.kind)) return;
        context.report({
          range: trigger.keywordRange,
          message: `\`${trigger.kind}\` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD`,
        });
      },
    };
  },
});
