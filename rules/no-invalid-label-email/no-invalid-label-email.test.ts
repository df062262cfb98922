import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-label-email.js';

const schema = { labelSchema: { maintainer: 'email' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20\nLABEL maintainer="not-email"' },
    { code: 'FROM alpine:3.20\nLABEL maintainer="abcd@google.com"', settings: schema },
    { code: 'FROM alpine:3.20\nLABEL maintainer=first.last+docker@example.co.uk', settings: schema },
    { name: 'value from a build argument', code: 'FROM alpine:3.20\nARG MAINTAINER=me\nLABEL maintainer=$MAINTAINER', settings: schema },
    { name: 'a label outside the schema', code: 'FROM alpine:3.20\nLABEL authors="Team <t@example.com>"', settings: schema },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL maintainer="not-email"',
      settings: schema,
      errors: [{ line: 2, column: 18, endColumn: 29, message: 'Label `maintainer` is not an e-mail address: `not-email`; use a bare address such as `team@example.com`' }],
    },
    { name: 'a display name', code: 'FROM alpine:3.20\nLABEL maintainer="Jo Doe <jo@example.com>"', settings: schema, errors: [{ line: 2, column: 18, message: 'Label `maintainer` is not an e-mail address: `Jo Doe <jo@example.com>`; use a bare address such as `team@example.com`' }] },
    { name: 'legacy form', code: 'FROM alpine:3.20\nLABEL maintainer Jo Doe', settings: schema, errors: [{ line: 2, column: 18, endColumn: 24, message: 'Label `maintainer` is not an e-mail address: `Jo Doe`; use a bare address such as `team@example.com`' }] },
    { name: 'from an ENV', code: 'FROM alpine:3.20\nENV M=team-at-example.com\nLABEL maintainer=$M', settings: schema, errors: [{ line: 3, column: 18, message: 'Label `maintainer` is not an e-mail address: `team-at-example.com`; use a bare address such as `team@example.com`' }] },
  ],
});
