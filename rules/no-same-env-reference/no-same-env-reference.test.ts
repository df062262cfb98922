import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-same-env-reference.js';

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nENV APP_HOME=/opt/app\nENV APP_BIN=${APP_HOME}/bin',
    { name: 'extending a variable with its own value', code: 'FROM alpine:3.20\nENV PATH=/opt/bin:$PATH LANG=C.UTF-8' },
    { name: 'defined by an earlier ENV of the stage', code: 'FROM alpine:3.20\nENV A=1\nENV A=2 B=$A' },
    { name: 'defined by an ARG', code: 'FROM alpine:3.20\nARG VERSION=1.0\nENV VERSION=$VERSION URL=https://x/$VERSION' },
    { name: 'inherited from the parent stage', code: 'FROM alpine:3.20 AS base\nENV A=1\nFROM base\nENV A=2 B=$A' },
    { name: 'single quotes expand nothing', code: "FROM alpine:3.20\nENV A=1 B='$A'" },
    { name: 'an escaped dollar', code: 'FROM alpine:3.20\nENV A=1 B=\\$A' },
    { name: 'a longer name', code: 'FROM alpine:3.20\nENV A=1 B=$AB' },
    { name: 'legacy single-item form', code: 'FROM alpine:3.20\nENV A $A:x' },
    { name: 'an unrelated variable', code: 'FROM alpine:3.20\nENV A=1 B=$HOME' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nENV APP_HOME=/opt/app APP_BIN=${APP_HOME}/bin',
      errors: [{ line: 2, column: 31, endColumn: 42, message: /`APP_HOME` is defined in this same `ENV`/ }],
    },
    { name: 'a bare reference at the end of the value (hadolint misses it)', code: 'FROM alpine:3.20\nENV A=1 B=$A', errors: [{ line: 2, column: 11, endColumn: 13, message: '`A` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }] },
    { name: 'inside double quotes', code: 'FROM alpine:3.20\nENV A=1 B="x $A y"', errors: [{ line: 2, column: 14, endColumn: 16, message: '`A` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }] },
    { name: 'with a modifier', code: 'FROM alpine:3.20\nENV A=1 B=${A:-2}', errors: [{ line: 2, column: 11, endColumn: 18, message: '`A` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }] },
    { name: 'referencing a later item', code: 'FROM alpine:3.20\nENV B=$A/x A=1', errors: [{ line: 2, column: 7, message: '`A` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }] },
    {
      name: 'on continuation lines',
      code: 'FROM alpine:3.20\nENV GOPATH=/go \\\n    PATH=$GOPATH/bin:$PATH',
      errors: [{ line: 3, column: 10, endColumn: 17, message: '`GOPATH` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }],
    },
    {
      name: 'a name defined in another stage does not count (hadolint: it does)',
      code: 'FROM alpine:3.20 AS a\nENV A=1\nFROM alpine:3.20\nENV A=2 B=$A',
      errors: [{ line: 4, column: 11, message: '`A` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }],
    },
    { name: 'two references', code: 'FROM alpine:3.20\nENV A=1 B=2 C=$A$B', errors: [{ line: 2, column: 15, message: '`A` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }, { line: 2, column: 17, message: '`B` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`' }] },
  ],
});
