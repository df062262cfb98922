import { defineRule } from '../../src/engine/define-rule.js';
import type { Instruction } from '../../src/model/types.js';
import { inCasing, keywordCasing } from '../../src/rule-kit/casing.js';

export default defineRule({
  code: 'DF3007',
  name: 'consistent-instruction-casing',
  aliases: ['ConsistentInstructionCasing'],
  severity: 'style',
  category: 'style',
  fixable: 'safe',
  docs: {
    summary: 'Write every instruction keyword in the casing most of the file uses',
    why:
      'Instruction keywords are case-insensitive, so `run`, `RUN` and `Run` all work, but a file that ' +
      'mixes them is harder to scan, and Docker\'s own build check warns about every keyword that ' +
      'differs from the rest. Most Dockerfiles use upper case.',
    bad: 'FROM alpine:3.20\nrun apk add --no-cache curl\nCopy app /app\nCMD ["/app"]',
    good: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY app /app\nCMD ["/app"]',
    fixed: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nCOPY app /app\nCMD ["/app"]',
    fixSafety: 'The fix changes the case of the keyword, which the build reads case-insensitively: the image is the same.',
    differences:
      'As BuildKit, dflint counts the keywords of the stages, `FROM` included, and picks lower case only ' +
      'when more keywords are lower case than upper case (a tie means upper case); mixed-case keywords ' +
      '(`Run`) count for neither side and are always reported. ARGs before the first `FROM` and the ' +
      'instruction inside an `ONBUILD` (`ONBUILD run make`) are neither counted nor reported, as in ' +
      'BuildKit, which does not check them. hadolint has no such rule.',
    references: ['https://docs.docker.com/reference/build-checks/consistent-instruction-casing/'],
  },
  create(context) {
    const keywords: Instruction[] = [];
    return {
      '*'(instruction) {
        // BuildKit checks the instructions of stages: ARGs before the first FROM are not in one.
        if (instruction.stageIndex >= 0 && instruction.kind !== 'UNKNOWN') keywords.push(instruction);
      },
      'file:exit'() {
        let lower = 0;
        let upper = 0;
        for (const instruction of keywords) {
          const casing = keywordCasing(instruction.keyword);
          if (casing === 'lower') lower++;
          else if (casing === 'upper') upper++;
        }
        const majority = lower > upper ? 'lower' : 'upper';
        for (const instruction of keywords) {
          if (keywordCasing(instruction.keyword) === majority) continue;
          const written = inCasing(instruction.keyword, majority);
          context.report({
            range: instruction.keywordRange,
            message: `\`${instruction.keyword}\` does not match the ${majority}-case keywords of most of this file: write \`${written}\``,
            fix: { description: `Write \`${written}\``, safety: 'safe', edits: [{ range: instruction.keywordRange, text: written }] },
          });
        }
      },
    };
  },
});
