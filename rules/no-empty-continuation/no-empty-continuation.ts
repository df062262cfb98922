import { syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule(
  'empty-continuation',
  {
    code: 'DF1007',
    name: 'no-empty-continuation',
    aliases: ['NoEmptyContinuation'],
    severity: 'warning',
    category: 'style',
    fixable: 'safe',
    docs: {
      summary: 'No empty lines inside a line continuation',
      why:
        'BuildKit skips blank lines inside an instruction continued with `\\`, but warns that they ' +
        'will become errors in a future release. They also hide where an instruction ends: a ' +
        'forgotten `\\` on the line before the blank one silently pulls the next instruction in.',
      bad: 'FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl',
      good: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
      fixed: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
      fixSafety: 'Safe: the fix deletes the blank line, which BuildKit ignores anyway.',
      differences:
        'BuildKit reports one NoEmptyContinuation warning per instruction, spanning the instruction; ' +
        'dflint reports each blank line, so each can be fixed. Comment lines inside a continuation ' +
        'are not blank and are not reported. hadolint has no such rule.',
      references: ['https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/'],
    },
  },
  (problem) => {
    const line = problem.range.start.line;
    return {
      description: 'Delete the empty line',
      safety: 'safe',
      edits: [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }],
    };
  },
);
