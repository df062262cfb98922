import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-multiple-healthcheck.js';

testRule(rule, {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/',
    { name: 'one HEALTHCHECK per stage', code: 'FROM node:22 AS test\nHEALTHCHECK CMD a\nFROM node:22\nHEALTHCHECK CMD b' },
    { name: 'HEALTHCHECK NONE alone', code: 'FROM node:22\nHEALTHCHECK NONE' },
    { name: 'ONBUILD HEALTHCHECK is for downstream images', code: 'FROM node:22\nHEALTHCHECK CMD a\nONBUILD HEALTHCHECK CMD b' },
    { name: 'HEALTHCHECK mentioned in RUN', code: 'FROM node:22\nRUN echo HEALTHCHECK\nHEALTHCHECK CMD a' },
    { name: 'a HEALTHCHECK in a heredoc body', code: 'FROM node:22\nHEALTHCHECK CMD a\nCOPY <<EOF /Dockerfile.example\nHEALTHCHECK CMD b\nEOF' },
    { name: 'CMD and HEALTHCHECK', code: 'FROM node:22\nHEALTHCHECK CMD a\nCMD ["node"]' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 12, message: 'Only the last `HEALTHCHECK` of a stage takes effect, and this one replaces the `HEALTHCHECK` on line 2: keep one' }],
      output: 'FROM nginx:1.27\nHEALTHCHECK CMD b',
    },
    {
      name: 'NONE after CMD replaces it too',
      code: 'FROM debian:12\nHEALTHCHECK --interval=5s CMD a\nRUN x\nhealthcheck NONE',
      errors: [{ line: 4, column: 1, endColumn: 12, message: /on line 2:/ }],
      output: 'FROM debian:12\nRUN x\nhealthcheck NONE',
    },
    {
      name: 'three: each names the one it replaces',
      code: 'FROM debian:12\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\nHEALTHCHECK CMD c',
      errors: [{ line: 3, column: 1, message: /on line 2:/ }, { line: 4, column: 1, message: /on line 3:/ }],
      output: 'FROM debian:12\nHEALTHCHECK CMD c',
    },
    {
      name: 'only the stage with two',
      code: 'FROM node:22 AS build\nHEALTHCHECK CMD a\nFROM node:22\nHEALTHCHECK CMD b\nHEALTHCHECK CMD c',
      errors: [{ line: 5, column: 1, message: 'Only the last `HEALTHCHECK` of a stage takes effect, and this one replaces the `HEALTHCHECK` on line 4: keep one' }],
      output: 'FROM node:22 AS build\nHEALTHCHECK CMD a\nFROM node:22\nHEALTHCHECK CMD c',
    },
    { name: 'indented keyword', code: 'FROM debian:12\nHEALTHCHECK CMD a\n  HEALTHCHECK CMD b', errors: [{ line: 3, column: 3, endColumn: 14, message: 'Only the last `HEALTHCHECK` of a stage takes effect, and this one replaces the `HEALTHCHECK` on line 2: keep one' }], output: 'FROM debian:12\n  HEALTHCHECK CMD b' },
    {
      name: 'no fix deleting a HEALTHCHECK the build rejects',
      code: 'FROM debian:12\nHEALTHCHECK CONNECT TCP 7000\nHEALTHCHECK CMD b',
      errors: [{ line: 3, column: 1, message: 'Only the last `HEALTHCHECK` of a stage takes effect, and this one replaces the `HEALTHCHECK` on line 2: keep one' }],
    },
    {
      name: 'NONE before CMD is deleted, options of the CMD kept',
      code: 'FROM debian:12\nHEALTHCHECK NONE\nHEALTHCHECK --interval=30s \\\n  CMD curl -f http://localhost/ || exit 1\n',
      errors: [{ line: 3, column: 1, message: 'Only the last `HEALTHCHECK` of a stage takes effect, and this one replaces the `HEALTHCHECK` on line 2: keep one' }],
      output: 'FROM debian:12\nHEALTHCHECK --interval=30s \\\n  CMD curl -f http://localhost/ || exit 1\n',
    },
  ],
});
