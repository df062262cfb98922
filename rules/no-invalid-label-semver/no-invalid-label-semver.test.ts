import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-label-semver.js';

const schema = { labelSchema: { semver: 'semver' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20\nLABEL semver="not-sem-ver"' },
    { code: 'FROM alpine:3.20\nLABEL semver="1.0.0"', settings: schema },
    { code: 'FROM alpine:3.20\nLABEL semver=2.0.0-rc.1+build.5', settings: schema },
    { name: 'the usual build argument', code: 'FROM alpine:3.20\nARG VERSION=dev\nLABEL semver=$VERSION', settings: schema },
    { name: 'an ENV from a build argument', code: 'FROM alpine:3.20\nARG VERSION=latest\nENV APP_VERSION=${VERSION}\nLABEL semver=$APP_VERSION', settings: schema },
    { name: 'an ENV with a fixed value', code: 'FROM alpine:3.20\nENV APP_VERSION=3.1.4\nLABEL semver=$APP_VERSION', settings: schema },
    { name: 'an ENV of the parent stage', code: 'FROM alpine:3.20 AS base\nENV V=1.2.3\nFROM base\nLABEL semver=${V}', settings: schema },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL semver="not-sem-ver"',
      settings: schema,
      errors: [{ line: 2, column: 14, endColumn: 27, message: 'Label `semver` is not a semantic version: `not-sem-ver`; use MAJOR.MINOR.PATCH such as `1.4.0`, without a `v`' }],
    },
    { name: 'a v prefix', code: 'FROM alpine:3.20\nLABEL semver=v1.0.0', settings: schema, errors: [{ line: 2, column: 14, endColumn: 20, message: 'Label `semver` is not a semantic version: `v1.0.0`; use MAJOR.MINOR.PATCH such as `1.4.0`, without a `v`' }] },
    { name: 'two parts', code: 'FROM alpine:3.20\nLABEL semver=1.4', settings: schema, errors: [{ line: 2, column: 14, message: 'Label `semver` is not a semantic version: `1.4`; use MAJOR.MINOR.PATCH such as `1.4.0`, without a `v`' }] },
    { name: 'a fixed ENV', code: 'FROM alpine:3.20\nENV V=1.0\nLABEL semver="${V}.0.1"', settings: schema, errors: [{ line: 3, column: 14, endColumn: 24, message: /`1\.0\.0\.1`/ }] },
    { name: 'an ENV of the parent stage', code: 'FROM alpine:3.20 AS base\nENV V=latest\nFROM base\nLABEL semver=${V}', settings: schema, errors: [{ line: 4, column: 14, message: 'Label `semver` is not a semantic version: `latest`; use MAJOR.MINOR.PATCH such as `1.4.0`, without a `v`' }] },
  ],
});
