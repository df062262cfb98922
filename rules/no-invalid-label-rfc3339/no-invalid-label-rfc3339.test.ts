import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-label-rfc3339.js';

const schema = { labelSchema: { datelabel: 'rfc3339' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20\nLABEL datelabel="not-date"' },
    { code: 'FROM alpine:3.20\nLABEL datelabel="2021-03-10T10:26:33.564595127+01:00"', settings: schema },
    { code: 'FROM alpine:3.20\nLABEL datelabel=2024-05-01T12:30:00Z', settings: schema },
    { name: 'the usual build argument', code: 'FROM alpine:3.20\nARG BUILD_DATE\nLABEL datelabel=$BUILD_DATE', settings: schema },
    { name: 'a build argument placeholder default', code: 'FROM alpine:3.20\nARG BUILD_DATE=unknown\nLABEL datelabel="${BUILD_DATE}"', settings: schema },
    { name: 'empty is DL3051’s concern', code: 'FROM alpine:3.20\nLABEL datelabel=', settings: schema },
    { name: 'a label outside the schema', code: 'FROM alpine:3.20\nLABEL built="yesterday"', settings: schema },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL datelabel="not-date"',
      settings: schema,
      errors: [{ line: 2, column: 17, endColumn: 27, message: 'Label `datelabel` is not an RFC 3339 date-time: `not-date`; use a time such as `2024-05-01T12:30:00Z`' }],
    },
    { name: 'a date only', code: 'FROM alpine:3.20\nLABEL datelabel=2024-05-01', settings: schema, errors: [{ line: 2, column: 17, message: 'Label `datelabel` is not an RFC 3339 date-time: `2024-05-01`; use a time such as `2024-05-01T12:30:00Z`' }] },
    { name: 'no time zone', code: 'FROM alpine:3.20\nLABEL datelabel=2024-05-01T12:30:00', settings: schema, errors: [{ line: 2, column: 17, message: 'Label `datelabel` is not an RFC 3339 date-time: `2024-05-01T12:30:00`; use a time such as `2024-05-01T12:30:00Z`' }] },
    { name: 'no such day', code: 'FROM alpine:3.20\nLABEL datelabel=2023-02-29T12:30:00Z', settings: schema, errors: [{ line: 2, column: 17, message: 'Label `datelabel` is not an RFC 3339 date-time: `2023-02-29T12:30:00Z`; use a time such as `2024-05-01T12:30:00Z`' }] },
    { name: 'from an ENV', code: 'FROM alpine:3.20\nENV D="May 1 2024"\nLABEL datelabel="$D"', settings: schema, errors: [{ line: 3, column: 17, endColumn: 21, message: 'Label `datelabel` is not an RFC 3339 date-time: `May 1 2024`; use a time such as `2024-05-01T12:30:00Z`' }] },
  ],
});
