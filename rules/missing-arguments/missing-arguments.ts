import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('missing-arguments', {
  code: 'DF1002',
  name: 'missing-arguments',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: 'Instructions must have the arguments they require',
    why:
      'An instruction with nothing after its keyword (`WORKDIR`, `COPY`, `SHELL []`) fails the build. ' +
      'It is often the remains of an edit or of a variable-driven template that produced nothing.',
    bad: 'FROM debian:12\nWORKDIR',
    good: 'FROM debian:12\nWORKDIR /app',
    differences: DL1000_DIFFERENCES,
    references: ['https://docs.docker.com/reference/dockerfile/'],
  },
});
