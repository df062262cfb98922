import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-schema-labels.js';

const schema = { labelSchema: { version: 'semver', source: 'url' } } as const;
const one = { labelSchema: { foo: 'text' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20' },
    { code: 'FROM alpine:3.20\nLABEL foo="bar"', settings: one },
    { code: 'FROM alpine:3.20\nLABEL version=1.0.0 source=https://example.com', settings: schema },
    { name: 'labels spread over several LABELs', code: 'FROM alpine:3.20\nLABEL version=1.0.0\nRUN make\nLABEL source=https://example.com', settings: schema },
    { name: 'an empty value is present (DL3051 judges it)', code: 'FROM alpine:3.20\nLABEL foo=""', settings: one },
    { name: 'legacy form', code: 'FROM alpine:3.20\nLABEL foo bar baz', settings: one },
    { name: 'inherited from the stage it is built on', code: 'FROM alpine:3.20 AS base\nLABEL foo=bar\nFROM base\nRUN make', settings: one },
    { name: 'inherited through two stages', code: 'FROM alpine:3.20 AS base\nLABEL foo=bar\nFROM base AS mid\nFROM mid', settings: one },
    { name: 'a builder stage only copied from', code: 'FROM golang:1.22 AS build\nRUN make\nFROM alpine:3.20\nCOPY --from=build /app /app\nLABEL foo=bar', settings: one },
    { name: 'a builder stage copied from by index', code: 'FROM golang:1.22\nRUN make\nFROM alpine:3.20\nCOPY --from=0 /app /app\nLABEL foo=bar', settings: one },
    { name: 'a stage only mounted from', code: 'FROM golang:1.22 AS src\nFROM alpine:3.20\nRUN --mount=from=src,target=/src make\nLABEL foo=bar', settings: one },
    { name: 'the parent of a stage that defines it', code: 'FROM alpine:3.20 AS base\nRUN make\nFROM base\nLABEL foo=bar', settings: one },
    { name: 'key from an ENV', code: 'FROM alpine:3.20\nENV KEY=foo\nLABEL ${KEY}=bar', settings: one },
    { name: 'a key from an unknown build argument could be the label', code: 'FROM alpine:3.20\nARG KEY\nLABEL ${KEY}=bar', settings: one },
    { name: 'no FROM at all', code: 'LABEL foo=bar', settings: one },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20',
      settings: one,
      errors: [{ line: 1, column: 6, endColumn: 17, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }],
    },
    {
      code: 'FROM alpine:3.20 AS app\nRUN make',
      settings: { labelSchema: { a: 'text', b: 'url', c: 'semver' } },
      errors: [{ line: 1, column: 6, endColumn: 17, message: 'Labels `a`, `b` and `c` required by `labelSchema` are missing from this image; add them with `LABEL`' }],
    },
    { name: 'one of two missing', code: 'FROM alpine:3.20\nLABEL version=1.0.0', settings: schema, errors: [{ line: 1, column: 6, message: /^Label `source` required/ }] },
    { name: 'keys are case-sensitive', code: 'FROM alpine:3.20\nLABEL Foo=bar', settings: one, errors: [{ line: 1, column: 6, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }] },
    { name: 'another label is not the one', code: 'FROM alpine:3.20\nLABEL other=bar', settings: one, errors: [{ line: 1, column: 6, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }] },
    { name: 'ONBUILD LABEL labels the images built on this one', code: 'FROM alpine:3.20\nONBUILD LABEL foo=bar', settings: one, errors: [{ line: 1, column: 6, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }] },
    {
      name: 'the final stage does not get the labels of a stage it copies from',
      code: 'FROM golang:1.22 AS build\nLABEL foo=bar\nFROM alpine:3.20\nCOPY --from=build /app /app',
      settings: one,
      errors: [{ line: 3, column: 6, endColumn: 17, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }],
    },
    {
      name: 'a stage nothing uses can be built with --target',
      code: 'FROM alpine:3.20 AS debug\nRUN apk add gdb\nFROM alpine:3.20\nLABEL foo=bar',
      settings: one,
      errors: [{ line: 1, column: 6, endColumn: 17, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }],
    },
    {
      name: 'a child stage without the label of its parent’s sibling',
      code: 'FROM alpine:3.20 AS base\nFROM base AS a\nLABEL foo=bar\nFROM base AS b\nRUN make',
      settings: one,
      errors: [{ line: 4, column: 6, endColumn: 10, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }],
    },
    { name: 'image from a variable', code: 'ARG BASE=alpine:3.20\nFROM ${BASE}', settings: one, errors: [{ line: 2, column: 6, endColumn: 13, message: 'Label `foo` required by `labelSchema` is missing from this image; add it with `LABEL`' }] },
  ],
});
