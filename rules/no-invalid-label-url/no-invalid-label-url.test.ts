import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-label-url.js';

const schema = { labelSchema: { urllabel: 'url', other: 'text' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20\nLABEL urllabel="not-url"' },
    { code: 'FROM alpine:3.20\nLABEL urllabel="http://example.com"', settings: schema },
    { code: 'FROM alpine:3.20\nLABEL urllabel=https://github.com/org/repo/tree/main/docs', settings: schema },
    { code: 'FROM alpine:3.20\nLABEL urllabel="mailto:team@example.com"', settings: schema },
    { name: 'a label of another type', code: 'FROM alpine:3.20\nLABEL other="not-url"', settings: schema },
    { name: 'a label outside the schema', code: 'FROM alpine:3.20\nLABEL homepage="not-url"', settings: schema },
    { name: 'empty is DL3051’s concern', code: 'FROM alpine:3.20\nLABEL urllabel=""', settings: schema },
    { name: 'value from a build argument', code: 'FROM alpine:3.20\nARG SOURCE_URL=unknown\nLABEL urllabel=$SOURCE_URL', settings: schema },
    { name: 'value from an ENV', code: 'FROM alpine:3.20\nENV REPO=example/app\nLABEL urllabel="https://github.com/${REPO}"', settings: schema },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL urllabel="not-url"',
      settings: schema,
      errors: [{ line: 2, column: 16, endColumn: 25, message: 'Label `urllabel` is not a URL: `not-url`; use an absolute URL such as `https://example.com/app`' }],
    },
    { name: 'no scheme', code: 'FROM alpine:3.20\nLABEL urllabel=github.com/org/repo', settings: schema, errors: [{ line: 2, column: 16, endColumn: 35, message: 'Label `urllabel` is not a URL: `github.com/org/repo`; use an absolute URL such as `https://example.com/app`' }] },
    { name: 'a space', code: 'FROM alpine:3.20\nLABEL urllabel="https://example.com/my docs"', settings: schema, errors: [{ line: 2, column: 16, message: 'Label `urllabel` is not a URL: `https://example.com/my docs`; use an absolute URL such as `https://example.com/app`' }] },
    { name: 'resolved from an ENV', code: 'FROM alpine:3.20\nENV HOST=example.com\nLABEL urllabel=$HOST', settings: schema, errors: [{ line: 3, column: 16, endColumn: 21, message: /not a URL: `example\.com`/ }] },
    { name: 'among other labels, on a continuation line', code: 'FROM alpine:3.20\nLABEL other=x \\\n      urllabel=TBD', settings: schema, errors: [{ line: 3, column: 16, endColumn: 19, message: 'Label `urllabel` is not a URL: `TBD`; use an absolute URL such as `https://example.com/app`' }] },
    { name: 'long values are shortened', code: `FROM alpine:3.20\nLABEL urllabel="${'x'.repeat(80)}"`, settings: schema, errors: [{ line: 2, column: 16, message: new RegExp(`\`${'x'.repeat(57)}\\.\\.\\.\``) }] },
    { name: 'ONBUILD LABEL', code: 'FROM alpine:3.20\nONBUILD LABEL urllabel=nope', settings: schema, errors: [{ line: 2, column: 24, message: 'Label `urllabel` is not a URL: `nope`; use an absolute URL such as `https://example.com/app`' }] },
  ],
});
