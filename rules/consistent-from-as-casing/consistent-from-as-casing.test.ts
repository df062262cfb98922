import { testRule } from '../../test/support/rule-tester.js';
import rule from './consistent-from-as-casing.js';

const message = (as: string, from: string, written: string) => `\`${as}\` does not match the casing of \`${from}\`: write \`${written}\``;

testRule(rule, {
  valid: [
    'FROM alpine:3.20 AS build',
    'from alpine:3.20 as build',
    'FROM alpine:3.20',
    { name: 'no alias', code: 'from alpine:3.20' },
    { name: 'FROM written in mixed case is left to the instruction casing rule', code: 'From alpine:3.20 as build' },
    { name: 'mixed case FROM with upper AS', code: 'fRoM alpine:3.20 AS build' },
    { name: 'flags before the image', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build' },
    { name: 'alias from a variable', code: 'ARG NAME=app\nFROM alpine:3.20 AS ${NAME}' },
  ],
  invalid: [
    {
      name: 'lower-case as after FROM',
      code: 'FROM alpine:3.20 as build',
      errors: [{ line: 1, column: 18, endColumn: 20, message: message('as', 'FROM', 'AS') }],
      output: 'FROM alpine:3.20 AS build',
    },
    {
      name: 'upper-case AS after from',
      code: 'from alpine:3.20 AS build',
      errors: [{ line: 1, column: 18, endColumn: 20, message: message('AS', 'from', 'as') }],
      output: 'from alpine:3.20 as build',
    },
    {
      name: 'mixed-case As',
      code: 'FROM alpine:3.20 As build',
      errors: [{ line: 1, column: 18, endColumn: 20, message: message('As', 'FROM', 'AS') }],
      output: 'FROM alpine:3.20 AS build',
    },
    {
      name: 'AS on a continuation line, CRLF',
      code: 'FROM --platform=$BUILDPLATFORM \\\r\n  golang:1.23 as build\r\nRUN go build .\r\n',
      errors: [{ line: 2, column: 15, endColumn: 17, message: message('as', 'FROM', 'AS') }],
      output: 'FROM --platform=$BUILDPLATFORM \\\r\n  golang:1.23 AS build\r\nRUN go build .\r\n',
    },
    {
      name: 'backtick escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 `\n  as build\nRUN dir C:\\',
      errors: [{ line: 3, column: 3, message: message('as', 'FROM', 'AS') }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 `\n  AS build\nRUN dir C:\\',
    },
    {
      name: 'each stage on its own',
      code: 'FROM golang:1.23 as build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM alpine:3.20 AS app\nFROM build as test',
      errors: [
        { line: 1, column: 18, message: message('as', 'FROM', 'AS') },
        { line: 6, column: 12, message: message('as', 'FROM', 'AS') },
      ],
      output: 'FROM golang:1.23 AS build\nRUN <<EOF\ngo build -o /app .\nEOF\nFROM alpine:3.20 AS app\nFROM build AS test',
    },
  ],
});
