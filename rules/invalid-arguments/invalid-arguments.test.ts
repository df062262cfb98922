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
    { name: 'stage names with upper case, digits, dots, dashes and underscores', code: 'FROM node:22 AS Build_2.deps-x' },
    { name: 'flags with their values after `=`', code: 'FROM node:22 AS build\nRUN --mount=type=cache,target=/root/.npm --network=none npm ci\nCOPY --from=build --chown=node:node --chmod=755 /app /app' },
    { name: 'switches without a value', code: 'FROM node:22\nCOPY --link --parents src/*/package.json /app/\nADD --keep-git-dir=true --unpack=false https://github.com/a/b.git /src' },
    { name: 'an empty string value', code: 'FROM node:22\nCOPY --chown= a /b' },
    { name: 'HEALTHCHECK NONE: BuildKit does not read its flags', code: 'FROM node:22\nHEALTHCHECK --interval NONE' },
    { name: 'flags BuildKit does not declare are not judged here', code: 'FROM node:22\nCOPY --foo a /b' },
  ],
  invalid: [
    {
      code: 'FROM node:22 build',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 19, message: '`FROM` takes an image and optionally `AS <name>`' }],
    },
    { name: 'a trailing comment is not a comment', code: 'FROM node:22 # LTS', errors: [{ line: 1, column: 6, endColumn: 19, message: '`FROM` takes an image and optionally `AS <name>`' }] },
    { name: 'AS without a name', code: 'FROM node:22 AS', errors: [{ line: 1, column: 6, message: '`FROM` takes an image and optionally `AS <name>`' }] },
    { name: 'three words without AS', code: 'FROM node:22 TO build', errors: [{ line: 1, column: 6, message: '`FROM` takes an image and optionally `AS <name>`' }] },
    {
      name: 'unknown HEALTHCHECK type',
      code: 'FROM node:22\nHEALTHCHECK CMDD curl -f http://localhost/',
      errors: [{ line: 2, column: 13, endColumn: 17, message: 'Unknown HEALTHCHECK type `CMDD` (use CMD or NONE)' }],
    },
    {
      name: 'a string flag with its value as the next word',
      code: 'FROM nginx:alpine\nCOPY --from build /app/public/* /usr/share/nginx/html',
      errors: [{ line: 2, column: 6, endColumn: 12, message: '`--from` has no value (BuildKit does not take the next word as its value): write `--from=build`' }],
    },
    {
      name: 'a flag without value followed by another flag',
      code: 'FROM node:22\nCOPY --chown --chmod=644 a /b',
      errors: [{ line: 2, column: 6, endColumn: 13, message: '`--chown` has no value: write `--chown=<value>`' }],
    },
    {
      name: 'RUN --mount and --network without `=`',
      code: 'FROM node:22\nRUN --network=none --mount type=cache,target=/root/.npm npm ci',
      errors: [{ line: 2, column: 20, endColumn: 27, message: '`--mount` has no value (BuildKit does not take the next word as its value): write `--mount=type=cache,target=/root/.npm`' }],
    },
    {
      name: 'FROM --platform without `=`: the words after it are not judged',
      code: 'FROM --platform linux/amd64 node:22 AS build',
      errors: [{ line: 1, column: 6, endColumn: 16, message: '`--platform` has no value (BuildKit does not take the next word as its value): write `--platform=linux/amd64`' }],
    },
    {
      name: 'a switch with an empty value',
      code: 'FROM node:22\nCOPY --link= a /b',
      errors: [{ line: 2, column: 6, endColumn: 13, message: '`--link=` has an empty value: write `--link` or `--link=false`' }],
    },
    {
      name: 'a HEALTHCHECK CMD flag without `=`',
      code: 'FROM node:22\nHEALTHCHECK --retries=3 --timeout 3s CMD curl -f http://localhost/',
      errors: [{ line: 2, column: 25, endColumn: 34, message: '`--timeout` has no value (BuildKit does not take the next word as its value): write `--timeout=3s`' }],
    },
    {
      name: 'in an ONBUILD trigger',
      code: 'FROM node:22\nONBUILD COPY --from deps /app /app',
      errors: [{ line: 2, column: 14, endColumn: 20, message: '`--from` has no value (BuildKit does not take the next word as its value): write `--from=deps`' }],
    },
    {
      name: 'a stage name with a slash',
      code: 'FROM --platform=linux/arm/v7 debian:12 AS platform-arm/v7',
      errors: [{ line: 1, column: 43, endColumn: 58, message: 'Invalid stage name `platform-arm/v7`: a stage name starts with a letter and has only letters, digits, `-`, `_` and `.`' }],
    },
    {
      name: 'a stage name from a variable',
      code: 'ARG TARGET=app\nFROM debian:12 AS ${TARGET}',
      errors: [{ line: 2, column: 19, endColumn: 28, message: 'Invalid stage name `${TARGET}`: a stage name starts with a letter and has only letters, digits, `-`, `_` and `.` (variables are not expanded in stage names)' }],
    },
    {
      name: 'a stage name starting with a digit or underscore',
      code: 'FROM debian:12 AS 2nd\nFROM debian:12 AS _tmp',
      errors: [
        { line: 1, column: 19, endColumn: 22, message: 'Invalid stage name `2nd`: a stage name starts with a letter and has only letters, digits, `-`, `_` and `.`' },
        { line: 2, column: 19, endColumn: 23, message: 'Invalid stage name `_tmp`: a stage name starts with a letter and has only letters, digits, `-`, `_` and `.`' },
      ],
    },
    {
      name: 'HEALTHCHECK NONE with arguments',
      code: 'FROM node:22\nHEALTHCHECK NONE curl -f http://localhost/',
      errors: [{ line: 2, column: 18, endColumn: 22, message: '`HEALTHCHECK NONE` takes no arguments' }],
    },
    { name: 'unknown HEALTHCHECK type after flags', code: 'FROM node:22\nHEALTHCHECK --retries=3 RUN curl x', errors: [{ line: 2, column: 25, endColumn: 28, message: 'Unknown HEALTHCHECK type `RUN` (use CMD or NONE)' }] },
  ],
});
