import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { commandWords } from '../../src/rule-kit/command-form.js';
import { singleQuotedJson } from '../../src/rule-kit/single-quoted-json.js';

export default defineRule({
  code: 'DF3005',
  name: 'no-single-quoted-json',
  aliases: [],
  severity: 'error',
  category: 'correctness',
  fixable: 'safe',
  onbuild: true,
  docs: {
    summary: 'JSON arrays in instructions must use double quotes',
    why:
      'JSON only knows double-quoted strings. `CMD [\'node\', \'app.js\']` is not JSON, so Docker ' +
      'silently falls back to shell form and runs `/bin/sh -c "[\'node\', \'app.js\']"`, which fails ' +
      'when the container starts. COPY, ADD and VOLUME split the text on spaces instead and use ' +
      'paths such as `[\'src\',`, and SHELL fails the build.',
    bad: "FROM node:22-slim\nCOPY . /app\nCMD ['node', '/app/server.js']",
    good: 'FROM node:22-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
    fixed: 'FROM node:22-slim\nCOPY . /app\nCMD ["node", "/app/server.js"]',
    fixSafety:
      'Safe: the fix only swaps the quote characters, and only when no element holds a double ' +
      'quote, a backslash or a control character (which JSON would need escaped). The instruction ' +
      'then runs as the exec form the author clearly meant.',
    differences:
      'hadolint has no such rule; it reads the text as shell form and reports DL3025 for CMD and ' +
      'ENTRYPOINT. dockerfile-utils reports it as JSON_IN_SINGLE_QUOTES.',
    references: ['https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'],
  },
  create(context) {
    const check = (instruction: Instruction) => {
      if (instruction.form !== 'shell') return;
      const found = singleQuotedJson(commandWords(instruction));
      if (!found) return;
      const keyword = instruction.kind === 'HEALTHCHECK' ? 'HEALTHCHECK CMD' : instruction.kind;
      context.report({
        range: found.range,
        message: `Single quotes are not JSON, so Docker does not read this \`${keyword}\` as an array: use double quotes`,
        ...(found.edits ? { fix: { description: 'Use double quotes', safety: 'safe', edits: found.edits } } : {}),
      });
    };
    return { CMD: check, ENTRYPOINT: check, RUN: check, SHELL: check, HEALTHCHECK: check, COPY: check, ADD: check, VOLUME: check };
  },
});
