import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-instruction-before-from.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN true',
    { name: 'global ARGs first', code: 'ARG TAG=12\nARG REGISTRY\nFROM ${REGISTRY}debian:${TAG}' },
    { name: 'comments and directives first', code: '# syntax=docker/dockerfile:1\n# escape=\\\n# a comment\nFROM debian:12' },
    { name: 'an unknown instruction is reported by DF1001 only', code: 'RUNN x\nFROM debian:12' },
    { name: 'ONBUILD after FROM', code: 'FROM debian:12\nONBUILD RUN x' },
    { name: 'empty file', code: '' },
  ],
  invalid: [
    {
      code: 'LABEL a=b\nFROM debian:12',
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 6, message: '`LABEL` comes before the first `FROM`, where only `ARG` is allowed, and fails the build: move it after a `FROM`' }],
    },
    { name: 'after a global ARG', code: 'ARG A=1\nENV B=2\nFROM debian:12', errors: [{ line: 2, column: 1, endColumn: 4, message: /^`ENV`/ }] },
    { name: 'a fragment without FROM', code: 'COPY a /a\nRUN make\nCMD ["app"]', errors: [{ line: 1, column: 1, message: '`COPY` comes before the first `FROM`, where only `ARG` is allowed, and fails the build: move it after a `FROM`' }, { line: 2, column: 1, message: '`RUN` comes before the first `FROM`, where only `ARG` is allowed, and fails the build: move it after a `FROM`' }, { line: 3, column: 1, endColumn: 4, message: '`CMD` comes before the first `FROM`, where only `ARG` is allowed, and fails the build: move it after a `FROM`' }] },
    { name: 'lower-case and indented', code: '  run make\nFROM debian:12', errors: [{ line: 1, column: 3, endColumn: 6, message: /^`RUN`/ }] },
    { name: 'ONBUILD before FROM, once', code: 'ONBUILD RUN x\nFROM debian:12', errors: [{ line: 1, column: 1, endColumn: 8, message: '`ONBUILD` comes before the first `FROM`, where only `ARG` is allowed, and fails the build: move it after a `FROM`' }] },
    { name: 'a multi-line RUN once, on its keyword', code: 'RUN a \\\n  && b\nFROM debian:12', errors: [{ line: 1, column: 1, endLine: 1, endColumn: 4, message: '`RUN` comes before the first `FROM`, where only `ARG` is allowed, and fails the build: move it after a `FROM`' }] },
  ],
});
