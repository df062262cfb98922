import { BUILD_ERROR, DL1000_DIFFERENCES, syntaxProblemRule } from '../../src/rule-kit/syntax-problems.js';

export default syntaxProblemRule('invalid-arguments', {
  code: 'DF1003',
  name: 'invalid-arguments',
  ...BUILD_ERROR,
  fixable: false,
  docs: {
    summary: 'Instruction arguments and flags must have the shape BuildKit accepts',
    why:
      'BuildKit rejects a `FROM` that is not `FROM <image>` or `FROM <image> AS <name>` ("FROM requires ' +
      'either one or three arguments"), a stage name that does not start with a letter or holds other ' +
      'characters than letters, digits, `-`, `_` and `.` (`AS linux-arm/v7`, and `AS ${NAME}`: variables ' +
      'are not expanded there), a `HEALTHCHECK` whose type is neither `CMD` nor `NONE` or a `NONE` with ' +
      'arguments. A flag that takes a value must have it after `=`: BuildKit never takes the next word as ' +
      'the value, so `COPY --from build /app /srv` fails with "missing a value on flag". A `#` after the ' +
      'image is not a comment, so `FROM node:22 # LTS` fails too.',
    bad: 'FROM node:22 builder\nFROM nginx:alpine AS web-1/2\nCOPY --from build /app/dist /usr/share/nginx/html\nHEALTHCHECK CMDD curl -f http://localhost/',
    good: 'FROM node:22 AS builder\nFROM nginx:alpine AS web-1-2\nCOPY --from=builder /app/dist /usr/share/nginx/html\nHEALTHCHECK CMD curl -f http://localhost/',
    differences:
      `${DL1000_DIFFERENCES} Flags are checked as BuildKit declares them for each instruction ` +
      '(`--from`, `--chown`, `--chmod`, `--checksum`, `--exclude`, `--platform`, `--mount`, `--network`, ' +
      '`--security`, `--device` and the `HEALTHCHECK` timings need a value; `--link`, `--parents`, ' +
      '`--keep-git-dir` and `--unpack` are switches, which may not have an empty one); when one misses its ' +
      'value only that is reported, since the value written after it stands among the arguments. Flags ' +
      'BuildKit does not know are not reported.',
    references: ['https://docs.docker.com/reference/dockerfile/#from', 'https://docs.docker.com/reference/dockerfile/#healthcheck'],
  },
});
