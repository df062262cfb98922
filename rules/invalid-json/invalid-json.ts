import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('invalid-json', {
  code: 'DF1004',
  name: 'invalid-json',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: '`SHELL` must be a JSON array, and JSON arrays must hold only strings',
    why:
      '`SHELL` only accepts the JSON form (`SHELL ["/bin/bash", "-c"]`); anything else fails the build. ' +
      'In every instruction, a valid JSON array holding a number, a nested array or `null` fails the ' +
      'build with "arrays must be comprised of strings only": quote every element.',
    bad: 'FROM debian:12\nSHELL /bin/bash -c\nCMD ["sleep", 5]',
    good: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nCMD ["sleep", "5"]',
    differences: DL1000_DIFFERENCES,
    references: ['https://docs.docker.com/reference/dockerfile/#shell', 'https://docs.docker.com/reference/dockerfile/#shell-and-exec-form'],
  },
});
