import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('unknown-instruction', {
  code: 'DF1001',
  name: 'unknown-instruction',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: 'Instruction keywords must be ones Docker knows',
    why:
      'BuildKit stops the build with `unknown instruction` when a line starts with a word that is ' +
      'not a Dockerfile instruction: usually a typo, or a continuation line whose `\\` was lost so ' +
      'the next line became an instruction of its own. The message suggests the nearest keyword.',
    bad: 'FROM debian:12\nRUNN apt-get update',
    good: 'FROM debian:12\nRUN apt-get update',
    differences: DL1000_DIFFERENCES,
    references: ['https://docs.docker.com/reference/dockerfile/#overview'],
  },
});
