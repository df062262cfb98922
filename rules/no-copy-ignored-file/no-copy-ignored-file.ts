import { basename } from 'node:path';
import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { copiesFromElsewhere, copyOperands, localPathOf } from '../../src/rule-kit/copy.js';
import { excludingPattern } from '../../src/rule-kit/dockerignore.js';

export default defineRule({
  code: 'DF3004',
  name: 'no-copy-ignored-file',
  aliases: ['CopyIgnoredFile'],
  severity: 'error',
  category: 'correctness',
  fixable: false,
  needsBuildContext: true,
  docs: {
    summary: 'Do not `COPY` or `ADD` a source that `.dockerignore` excludes',
    why:
      'Files excluded by `.dockerignore` never reach the builder. A COPY of such a file fails with ' +
      '"not found", and a folder or glob that is excluded copies nothing, so the image silently lacks ' +
      'what the Dockerfile promises. Either the source or the ignore pattern is wrong.',
    exampleContext: { '.dockerignore': '.git\nbuild/\n' },
    bad: 'FROM alpine:3.20\nCOPY build/app /usr/local/bin/app',
    good: 'FROM alpine:3.20\nCOPY dist/app /usr/local/bin/app',
    differences:
      'BuildKit\'s CopyIgnoredFile check is skipped entirely when the ignore file has any `!` ' +
      'exclusion. dflint applies the patterns in order, as Docker does, with `!` re-inclusions: a source ' +
      'is reported unless a `!` pattern could bring back the source or something inside it. With `!` ' +
      'patterns present, glob sources and the whole context (`.`) are not reported. As in BuildKit, a ' +
      'glob source (`COPY *.json ./`) is reported when the glob itself matches an ignore pattern ' +
      '(`*.json`), and `.` only when a pattern is `*`, `**` or `**/*`. Sources that are URLs, heredocs, ' +
      'from another stage (`--from`), or hidden by an unknown variable are not checked.',
    references: [
      'https://docs.docker.com/reference/build-checks/copy-ignored-file/',
      'https://docs.docker.com/build/concepts/context/#dockerignore-files',
    ],
  },
  create(context) {
    const ignore = context.buildContext?.dockerignore;
    if (!ignore) return {};
    const ignoreFile = basename(ignore.path);
    const check = (instruction: Instruction) => {
      if (copiesFromElsewhere(instruction)) return;
      for (const source of copyOperands(context.model, instruction).sources) {
        const path = localPathOf(source);
        if (path === undefined) continue;
        const pattern = excludingPattern(ignore, path);
        if (pattern === undefined) continue;
        context.report({
          range: source.range,
          message: `\`${source.value}\` is excluded by the \`${ignoreFile}\` pattern \`${pattern}\`, so \`${instruction.keyword.toUpperCase()}\` cannot use it: change the source or the pattern`,
        });
      }
    };
    return { COPY: check, ADD: check };
  },
});
