import { defineRule } from '../../src/engine/define-rule.js';

export default defineRule({
  code: 'DL3061',
  name: 'no-instruction-before-from',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  docs: {
    summary: 'Begin the Dockerfile with `FROM` (only `ARG` may come before it)',
    why:
      'Every instruction but `ARG` acts on a build stage, and a stage starts with `FROM`. BuildKit ' +
      'stops with "no build stage in current context" at the first other instruction before it; ' +
      'such files are usually fragments meant to be appended to another Dockerfile.',
    bad: 'LABEL org.opencontainers.image.title=app\nFROM debian:12',
    good: 'ARG DEBIAN_TAG=12\nFROM debian:${DEBIAN_TAG}\nLABEL org.opencontainers.image.title=app',
    references: ['https://docs.docker.com/reference/dockerfile/#format'],
  },
  create(context) {
    return {
      '*'(instruction) {
        if (instruction.stageIndex >= 0 || instruction.kind === 'ARG' || instruction.kind === 'UNKNOWN' || instruction.onbuild) return;
        context.report({
          range: instruction.keywordRange,
          message: `\`${instruction.kind}\` comes before the first \`FROM\`, where only \`ARG\` is allowed, and fails the build: move it after a \`FROM\``,
        });
      },
    };
  },
});
