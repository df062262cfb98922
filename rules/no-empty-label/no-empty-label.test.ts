import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-empty-label.js';

const schema = { labelSchema: { emptylabel: 'text', revision: 'hash' } } as const;

testRule(rule, {
  valid: [
    { name: 'no schema: the rule is off', code: 'FROM alpine:3.20\nLABEL emptylabel=""' },
    { code: 'FROM alpine:3.20\nLABEL emptylabel="foo"', settings: schema },
    { name: 'a label outside the schema', code: 'FROM alpine:3.20\nLABEL other=""', settings: schema },
    { name: 'value from a build argument without default', code: 'FROM alpine:3.20\nARG REVISION\nLABEL revision=$REVISION', settings: schema },
    { name: 'value from a build argument with an empty default', code: 'FROM alpine:3.20\nARG REVISION=""\nLABEL revision="${REVISION}"', settings: schema },
    { name: 'ENV copied from a build argument', code: 'FROM alpine:3.20\nARG R=\nENV REV=$R\nLABEL revision=$REV', settings: schema },
    { name: 'predefined platform argument', code: 'FROM alpine:3.20\nLABEL emptylabel=$TARGETVARIANT', settings: schema },
    { name: 'ENV with a value', code: 'FROM alpine:3.20\nENV E=x\nLABEL emptylabel=$E', settings: schema },
    { name: 'spaces are a value', code: 'FROM alpine:3.20\nLABEL emptylabel=" "', settings: schema },
  ],
  invalid: [
    { code: 'FROM alpine:3.20\nLABEL emptylabel=""', settings: schema, errors: [{ line: 2, column: 18, endColumn: 20, message: 'Label `emptylabel` is empty; give it a value' }] },
    { name: 'nothing after =', code: 'FROM alpine:3.20\nLABEL emptylabel= other=x', settings: schema, errors: [{ line: 2, column: 7, endColumn: 18, message: 'Label `emptylabel` is empty; give it a value' }] },
    { name: 'single quotes', code: "FROM alpine:3.20\nLABEL revision=''", settings: schema, errors: [{ line: 2, column: 16, endColumn: 18, message: /`revision`/ }] },
    { name: 'an empty ENV', code: 'FROM alpine:3.20\nENV EMPTY=""\nLABEL emptylabel="$EMPTY"', settings: schema, errors: [{ line: 3, column: 18, endColumn: 26, message: 'Label `emptylabel` is empty; give it a value' }] },
    { name: 'an ENV of the parent stage', code: 'FROM alpine:3.20 AS base\nENV EMPTY=\nFROM base\nLABEL emptylabel=${EMPTY}', settings: schema, errors: [{ line: 4, column: 18, message: 'Label `emptylabel` is empty; give it a value' }] },
    { name: 'a default that empties', code: 'FROM alpine:3.20\nENV X=""\nLABEL emptylabel=${X:+set}', settings: schema, errors: [{ line: 3, column: 18, message: 'Label `emptylabel` is empty; give it a value' }] },
    { name: 'ONBUILD LABEL', code: 'FROM alpine:3.20\nONBUILD LABEL emptylabel=""', settings: schema, errors: [{ line: 2, column: 26, message: 'Label `emptylabel` is empty; give it a value' }] },
  ],
});
