import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-superfluous-label.js';

const strict = { labelSchema: { required: 'text', version: 'semver' }, strictLabels: true } as const;

testRule(rule, {
  valid: [
    { name: 'strictLabels off: the rule is off', code: 'FROM alpine:3.20\nLABEL other=bar', settings: { labelSchema: { required: 'text' } } },
    { code: 'FROM alpine:3.20\nLABEL required="foo"', settings: strict },
    { code: 'FROM alpine:3.20\nLABEL required="foo" version=1.0.0', settings: strict },
    { name: 'quoted key', code: 'FROM alpine:3.20\nLABEL "required"="foo"', settings: strict },
    { name: 'key from an unknown build argument', code: 'FROM alpine:3.20\nARG KEY\nLABEL ${KEY}=x', settings: strict },
    { name: 'key from an ENV', code: 'FROM alpine:3.20\nENV K=version\nLABEL $K=1.0.0', settings: strict },
    { name: 'no LABEL', code: 'FROM alpine:3.20\nENV other=1', settings: strict },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nLABEL other="bar"',
      settings: strict,
      errors: [{ line: 2, column: 7, endColumn: 12, message: 'Label `other` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema' }],
    },
    { name: 'only the extra key of a LABEL', code: 'FROM alpine:3.20\nLABEL required=x \\\n  build-host=ci', settings: strict, errors: [{ line: 3, column: 3, endColumn: 13, message: 'Label `build-host` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema' }] },
    { name: 'empty schema: every label', code: 'FROM alpine:3.20\nLABEL a=1 b=2', settings: { strictLabels: true }, errors: [{ line: 2, column: 7, message: 'Label `a` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema' }, { line: 2, column: 11, message: 'Label `b` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema' }] },
    { name: 'keys are case-sensitive', code: 'FROM alpine:3.20\nLABEL Required=x', settings: strict, errors: [{ line: 2, column: 7, message: /`Required`/ }] },
    { name: 'key resolved from an ENV', code: 'FROM alpine:3.20\nENV K=extra\nLABEL $K=1', settings: strict, errors: [{ line: 3, column: 7, endColumn: 9, message: /`extra`/ }] },
    { name: 'legacy form', code: 'FROM alpine:3.20\nLABEL description some text', settings: strict, errors: [{ line: 2, column: 7, endColumn: 18, message: 'Label `description` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema' }] },
    { name: 'ONBUILD LABEL', code: 'FROM alpine:3.20\nONBUILD LABEL extra=1', settings: strict, errors: [{ line: 2, column: 15, message: 'Label `extra` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema' }] },
    { name: 'every stage', code: 'FROM golang:1.22 AS build\nLABEL stage=build\nFROM alpine:3.20\nLABEL required=x', settings: strict, errors: [{ line: 2, column: 7, message: 'Label `stage` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema' }] },
  ],
});
