import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('invalid-arguments', {
  code: 'DF1003',
  name: 'invalid-arguments',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: 'Instruction arguments must have the shape BuildKit accepts',
    why:
      'BuildKit rejects a `FROM` that is not `FROM <image>` or `FROM <image> AS <name>` ("FROM requires ' +
      'either one or three arguments") and a `HEALTHCHECK` whose type is neither `CMD` nor `NONE`. ' +
      'A `#` after the image is not a comment, so `FROM node:22 # LTS` fails too.',
    bad: 'FROM node:22 builder\nHEALTHCHECK CMDD curl -f http://localhost/',
    good: 'FROM node:22 AS builder\nHEALTHCHECK CMD curl -f http://localhost/',
    differences: DL1000_DIFFERENCES,
    references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://docs.docker.com/reference/dockerfile/#healthcheck'],
  },
});
