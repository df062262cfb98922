import { posix } from 'node:path';
import { defineRule } from '../../src/engine/define-rule.js';
import { copyOperands, type CopyOperand } from '../../src/rule-kit/copy.js';
import { baseImageOf, classifyReference, copyDependencies, type StageReference } from '../../src/rule-kit/stages.js';

/** `/`, however written (`/.`, `//`, `"/"`), once its variables are known. */
function isRoot(operand: CopyOperand | undefined): boolean {
  return operand !== undefined && operand.unresolved.length === 0 && posix.normalize(operand.value) === '/';
}

/**
 * A stage of this file built on `scratch` holds only the files its own instructions add (the
 * artifact-stage pattern), so copying its `/` copies exactly those files.
 */
function isArtifactStage(source: StageReference): boolean {
  return source.kind === 'earlier' && baseImageOf(source.stage).isScratch;
}

export default defineRule({
  code: 'DL3067',
  name: 'no-copy-whole-stage',
  aliases: [],
  severity: 'warning',
  category: 'maintainability',
  fixable: false,
  docs: {
    summary: 'Do not copy the entire filesystem of another stage or image with `COPY --from=<x> / /`',
    why:
      '`COPY --from=<x> / /` lays a whole root filesystem over the current one: the package database, ' +
      '`/etc/passwd`, shared libraries and caches of the other image replace this stage\'s, which breaks ' +
      'the image in ways that show up only at run time and makes it as large as both. Copy the ' +
      'directories the stage produced (`COPY --from=build /app /app`).',
    bad: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM debian:12\nCOPY --from=build / /',
    good: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n\nFROM debian:12\nCOPY --from=build /out/app /usr/local/bin/app',
    references: ['https://github.com/hadolint/hadolint/wiki/DL3067'],
    differences:
      'hadolint compares the source and destination text with `/` as written. dflint resolves ARG and ENV ' +
      'values and treats `/.` and `//` as `/` too. It does not report copying `/` from a stage of the same ' +
      'file built `FROM scratch` (`FROM scratch AS artifacts`, `COPY --from=artifacts / /`): such a stage ' +
      'holds only the files its own instructions add, so the copy is the usual way to take them all, not ' +
      'a whole operating system.',
  },
  create(context) {
    return {
      'stage:exit'(stage) {
        for (const dependency of copyDependencies(stage)) {
          const { sources, destination } = copyOperands(context.model, dependency.instruction);
          const root = sources.find(isRoot);
          if (!root || !isRoot(destination)) continue;
          if (isArtifactStage(classifyReference(stage, dependency))) continue;
          context.report({
            range: root.range,
            message: `Do not copy the whole filesystem of \`${dependency.reference}\`: copy only the directories you need`,
          });
        }
      },
    };
  },
});
