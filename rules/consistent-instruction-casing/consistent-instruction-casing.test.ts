import { testRule } from '../../test/support/rule-tester.js';
import rule from './consistent-instruction-casing.js';

const upper = (keyword: string) => `\`${keyword}\` does not match the upper-case keywords of most of this file: write \`${keyword.toUpperCase()}\``;
const lower = (keyword: string) => `\`${keyword}\` does not match the lower-case keywords of most of this file: write \`${keyword.toLowerCase()}\``;

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add curl\nCMD ["sh"]',
    'from alpine:3.20\nrun apk add curl\ncmd ["sh"]',
    { name: 'global ARGs are not counted or checked', code: 'arg VERSION=3.20\narg FLAVOR\nFROM alpine:${VERSION}\nRUN true' },
    { name: 'ONBUILD triggers are not counted or checked', code: 'FROM alpine:3.20\nONBUILD run make\nONBUILD copy . /src\nRUN true' },
    { name: 'heredoc bodies are not instructions', code: 'FROM alpine:3.20\nRUN <<EOF\nrun this\ncopy that\nEOF' },
    { name: 'continuation lines are not instructions', code: 'FROM alpine:3.20\nRUN apk add \\\n  run \\\n  copy' },
  ],
  invalid: [
    {
      name: 'one mixed-case keyword',
      code: 'FROM alpine:3.20\nRun apk add curl',
      errors: [{ line: 2, column: 1, endColumn: 4, message: upper('Run') }],
      output: 'FROM alpine:3.20\nRUN apk add curl',
    },
    {
      name: 'lower-case majority',
      code: 'from alpine:3.20\nrun apk add curl\nCOPY app /app\ncmd ["/app"]',
      errors: [{ line: 3, column: 1, endColumn: 5, message: lower('COPY') }],
      output: 'from alpine:3.20\nrun apk add curl\ncopy app /app\ncmd ["/app"]',
    },
    {
      name: 'a tie counts as upper case',
      code: 'from alpine:3.20\nRUN apk add curl',
      errors: [{ line: 1, column: 1, endColumn: 5, message: upper('from') }],
      output: 'FROM alpine:3.20\nRUN apk add curl',
    },
    {
      name: 'mixed-case keywords count for neither side and are always reported',
      code: 'From alpine:3.20\nRun apk add curl\ncopy app /app',
      errors: [
        { line: 1, column: 1, message: lower('From') },
        { line: 2, column: 1, message: lower('Run') },
      ],
      output: 'from alpine:3.20\nrun apk add curl\ncopy app /app',
    },
    {
      name: 'every FROM counts',
      code: 'from golang:1.23 AS build\nfrom alpine:3.20\nCOPY --from=build /app /app',
      errors: [{ line: 3, column: 1, message: lower('COPY') }],
      output: 'from golang:1.23 AS build\nfrom alpine:3.20\ncopy --from=build /app /app',
    },
    {
      name: 'the ONBUILD keyword itself is checked, its trigger is not',
      code: 'FROM alpine:3.20\nonbuild run make\nRUN true',
      errors: [{ line: 2, column: 1, endColumn: 8, message: upper('onbuild') }],
      output: 'FROM alpine:3.20\nONBUILD run make\nRUN true',
    },
    {
      name: 'indented, CRLF, after a heredoc',
      code: 'FROM alpine:3.20\r\nRUN <<EOF\r\nmake\r\nEOF\r\n  Cmd ["/app"]\r\n',
      errors: [{ line: 5, column: 3, endColumn: 6, message: upper('Cmd') }],
      output: 'FROM alpine:3.20\r\nRUN <<EOF\r\nmake\r\nEOF\r\n  CMD ["/app"]\r\n',
    },
    {
      name: 'backtick escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nrun dir `\n  C:\\\nENV HOME=C:\\app',
      errors: [{ line: 3, column: 1, message: upper('run') }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir `\n  C:\\\nENV HOME=C:\\app',
    },
  ],
});
