import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-reserved-stage-name.js';

testRule(rule, {
  valid: [
    'FROM alpine:3.20 AS build',
    'FROM scratch',
    { name: 'scratch as image of a named stage', code: 'FROM scratch AS export' },
    { name: 'a name starting with a reserved word', code: 'FROM alpine:3.20 AS scratchpad\nFROM alpine:3.20 AS context-builder' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20 AS scratch',
      errors: [{ line: 1, column: 21, endLine: 1, endColumn: 28, message: 'Stage name `scratch` is reserved by BuildKit; choose another name' }],
    },
    { code: 'FROM alpine:3.20 AS context\nRUN true', errors: [{ line: 1, column: 21, endColumn: 28, message: 'Stage name `context` is reserved by BuildKit; choose another name' }] },
    { name: 'BuildKit compares lowercase', code: 'FROM alpine:3.20 as Scratch\nFROM alpine:3.20 AS CONTEXT', errors: [{ line: 1, column: 21, message: 'Stage name `Scratch` is reserved by BuildKit; choose another name' }, { line: 2, column: 21, message: 'Stage name `CONTEXT` is reserved by BuildKit; choose another name' }] },
    { code: 'FROM --platform=$BUILDPLATFORM alpine:3.20 AS context', errors: [{ line: 1, column: 47, message: 'Stage name `context` is reserved by BuildKit; choose another name' }] },
  ],
});
