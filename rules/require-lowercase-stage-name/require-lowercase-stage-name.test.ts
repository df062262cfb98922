import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-lowercase-stage-name.js';

const message = (name: string) => `Stage name \`${name}\` is read as \`${name.toLowerCase()}\`: write it in lower case`;

testRule(rule, {
  valid: [
    'FROM golang:1.23 AS build',
    'FROM golang:1.23',
    { name: 'digits and punctuation', code: 'FROM golang:1.23 AS build-1.23_x' },
    { name: 'an image reference in capitals is not a stage name', code: 'FROM ghcr.io/Org/Image:1 AS build' },
    { name: 'a lower-case stage referenced in capitals', code: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=BUILD /app /app' },
  ],
  invalid: [
    {
      name: 'name only',
      code: 'FROM golang:1.23 AS Build',
      errors: [{ line: 1, column: 21, endColumn: 26, message: message('Build') }],
      output: 'FROM golang:1.23 AS build',
    },
    {
      name: 'every reference by name is renamed',
      code: [
        'FROM golang:1.23 AS Builder',
        'FROM Builder AS tester',
        'RUN --mount=type=cache,target=/root/.cache,from=Builder,source=/go go test ./...',
        'FROM alpine:3.20',
        'COPY --from=BUILDER /out/app /usr/local/bin/App',
        'COPY --from=0 /etc/ssl /etc/ssl',
      ].join('\n'),
      errors: [{ line: 1, column: 21, endColumn: 28, message: message('Builder') }],
      output: [
        'FROM golang:1.23 AS builder',
        'FROM builder AS tester',
        'RUN --mount=type=cache,target=/root/.cache,from=builder,source=/go go test ./...',
        'FROM alpine:3.20',
        'COPY --from=builder /out/app /usr/local/bin/App',
        'COPY --from=0 /etc/ssl /etc/ssl',
      ].join('\n'),
    },
    {
      name: 'references through variables and ONBUILD triggers stay as written',
      code: 'ARG BASE=Builder\nFROM golang:1.23 AS Builder\nFROM ${BASE} AS test\nONBUILD COPY --from=Builder /a /a',
      errors: [{ line: 2, column: 21, message: message('Builder') }],
      output: 'ARG BASE=Builder\nFROM golang:1.23 AS builder\nFROM ${BASE} AS test\nONBUILD COPY --from=Builder /a /a',
    },
    {
      name: 'a variable in the name (a build error): reported without a fix',
      code: 'ARG TARGET=app\nFROM golang:1.23 AS ${TARGET}',
      errors: [{ line: 2, column: 21, message: message('${TARGET}') }],
    },
    {
      name: 'a reference before the stage is an image, not the stage',
      code: 'FROM Base AS first\nFROM alpine:3.20 AS Base',
      errors: [{ line: 2, column: 21, message: message('Base') }],
      output: 'FROM Base AS first\nFROM alpine:3.20 AS base',
    },
    {
      name: 'CRLF, continuation, heredoc',
      code: 'FROM golang:1.23 \\\r\n  AS Build\r\nRUN <<EOF\r\ngo build -o /app .\r\nEOF\r\nFROM alpine:3.20\r\nCOPY --from=Build /app /app\r\n',
      errors: [{ line: 2, column: 6, endColumn: 11, message: message('Build') }],
      output: 'FROM golang:1.23 \\\r\n  AS build\r\nRUN <<EOF\r\ngo build -o /app .\r\nEOF\r\nFROM alpine:3.20\r\nCOPY --from=build /app /app\r\n',
    },
    {
      name: 'backtick escape directive',
      code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS Tools\nRUN dir C:\\\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=Tools C:\\tools C:\\tools',
      errors: [{ line: 2, column: 55, message: message('Tools') }],
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS tools\nRUN dir C:\\\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=tools C:\\tools C:\\tools',
    },
  ],
});
