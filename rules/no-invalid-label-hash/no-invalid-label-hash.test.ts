import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-label-hash.js';

const schema = { labelSchema: { githash: 'hash' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20\nLABEL githash="not-git-hash"' },
    { code: 'FROM alpine:3.20\nLABEL githash="2dbfae9"', settings: schema },
    { code: 'FROM alpine:3.20\nLABEL githash=c0ffee1234567890abcdef1234567890abcdef12', settings: schema },
    { name: 'a longer abbreviation git prints in large repositories', code: 'FROM alpine:3.20\nLABEL githash=2dbfae9c1d', settings: schema },
    { name: 'the usual build argument', code: 'FROM alpine:3.20\nARG VCS_REF=unknown\nLABEL githash=$VCS_REF', settings: schema },
    { name: 'a label of another type', code: 'FROM alpine:3.20\nLABEL rev=main', settings: schema },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL githash="not-git-hash"',
      settings: schema,
      errors: [{ line: 2, column: 15, endColumn: 29, message: 'Label `githash` is not a git commit id: `not-git-hash`; use the lower-case hex id `git rev-parse HEAD` prints' }],
    },
    { name: 'too short', code: 'FROM alpine:3.20\nLABEL githash=2dbfae', settings: schema, errors: [{ line: 2, column: 15, message: 'Label `githash` is not a git commit id: `2dbfae`; use the lower-case hex id `git rev-parse HEAD` prints' }] },
    { name: 'upper case', code: 'FROM alpine:3.20\nLABEL githash=2DBFAE9', settings: schema, errors: [{ line: 2, column: 15, message: 'Label `githash` is not a git commit id: `2DBFAE9`; use the lower-case hex id `git rev-parse HEAD` prints' }] },
    { name: 'a branch', code: 'FROM alpine:3.20\nENV BRANCH=main\nLABEL githash=${BRANCH}', settings: schema, errors: [{ line: 3, column: 15, endColumn: 24, message: 'Label `githash` is not a git commit id: `main`; use the lower-case hex id `git rev-parse HEAD` prints' }] },
  ],
});
