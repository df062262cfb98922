import { syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule(
  'empty-continuation',
  {
    code: 'DF1007',
    name: 'no-empty-continuation',
    aliases: ['NoEmptyContinuation'],
    severity: 'warning',
    category: 'style',
    fixable: 'unsafe',
    docs: {
      summary: 'No empty lines inside a line continuation',
      why:
        'BuildKit skips blank lines inside an instruction continued with `\\`, but warns that they ' +
        'will become errors in a future release. They also hide where an instruction ends: a ' +
        'leftover `\\` on the line before the blank one silently pulls the next instruction in, ' +
        'so a `COPY` or `ENV` below becomes words of the `RUN` above. When the line after the ' +
        'empty lines reads as an instruction, the message says it was swallowed.',
      bad: 'FROM debian:12\nRUN apt-get update && \\\n\n    apt-get install -y curl',
      good: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
      fixed: 'FROM debian:12\nRUN apt-get update && \\\n    apt-get install -y curl',
      fixSafety:
        'Safe when the continuation goes on with more of the same instruction: the fix deletes the ' +
        'blank line, which BuildKit ignores anyway. Unsafe when the line after the gap reads as an ' +
        'instruction (a keyword in the case of the continued one, such as `COPY` after `RUN`): deleting ' +
        'the blank line would keep that instruction swallowed, so the fix removes the `\\` before the ' +
        'gap instead, ending the instruction there, which changes what is built. No fix is offered ' +
        'when the line before the gap would then end in `&&`, `||`, `|` or a shell word that needs more ' +
        '(`then`, `do`...).',
      differences:
        'BuildKit reports one NoEmptyContinuation warning per instruction, on the instruction\'s last line; ' +
        'dflint reports each blank line, so each can be fixed. Comment lines inside a continuation ' +
        'are not blank and are not reported. BuildKit does not say when the continuation swallowed ' +
        'the next instruction; dflint does, and offers to end the instruction rather than to delete ' +
        'the blank line. A continuation that swallows an instruction without any blank line between ' +
        'is not reported. hadolint has no such rule.',
      references: ['https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/'],
    },
  },
  (problem, model) => {
    const { swallowed } = problem;
    if (swallowed) {
      // Deleting the line would keep the next instruction swallowed: end the instruction instead.
      if (!swallowed.removableEscape) return undefined;
      return {
        description: 'End the instruction before the empty line (remove the line continuation)',
        safety: 'unsafe',
        edits: [{ range: swallowed.removableEscape, text: '' }],
      };
    }
    const line = problem.range.start.line;
    // The last line has no line break to delete with it: its blanks go, and the edit stays inside the text.
    const next = { line: line + 1, character: 0 };
    const end = model.textOf({ start: problem.range.end, end: next }) === '' ? problem.range.end : next;
    return {
      description: 'Delete the empty line',
      safety: 'safe',
      edits: [{ range: { start: { line, character: 0 }, end }, text: '' }],
    };
  },
);
