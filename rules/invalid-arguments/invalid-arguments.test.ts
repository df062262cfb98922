import { testRule } from '../../test/support/rule-tester.js';
import rule from './invalid-arguments.js';

testRule(rule, {
  valid: [
    'FROM node:22',
    'FROM node:22 AS build',
    { name: 'AS in any case', code: 'FROM node:22 as build' },
    { name: 'FROM with flags', code: 'FROM --platform=$BUILDPLATFORM node:22 AS build' },
    { name: 'HEALTHCHECK CMD in lower case', code: 'FROM node:22\nHEALTHCHECK --interval=5s cmd curl -f http://localhost/' },
    { name: 'HEALTHCHECK NONE', code: 'FROM node:22\nHEALTHCHECK NONE' },
    { name: 'a variable image', code: 'ARG IMAGE=node:22\nFROM ${IMAGE} AS build' },
  ],
  invalid: [
    {
      code: 'FROM node:22 build',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 19, message: '`FROM` takes an image and optionally `AS <name>`' }],
    },
    { name: 'a trailing comment is not a comment', code: 'FROM node:22 # LTS', errors: [{ line: 1, column: 6, endColumn: 19 }] },
    { name: 'AS without a name', code: 'FROM node:22 AS', errors: [{ line: 1, column: 6 }] },
    { name: 'three words without AS', code: 'FROM node:22 TO build', errors: [{ line: 1, column: 6 }] },
    {
      name: 'unknown HEALTHCHECK type',
      code: 'FROM node:22\nHEALTHCHECK CMDD curl -f http://localhost/',
      errors: [{ line: 2, column: 13, endColumn: 17, message: 'Unknown HEALTHCHECK type `CMDD` (use CMD or NONE)' }],
    },
    { name: 'unknown HEALTHCHECK type after flags', code: 'FROM node:22\nHEALTHCHECK --retries=3 RUN curl x', errors: [{ line: 2, column: 25, endColumn: 28 }] },
  ],
});
