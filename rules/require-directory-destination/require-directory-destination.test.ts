import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-directory-destination.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nCOPY a b /app/',
    'FROM debian:12\nCOPY a /app',
    { name: 'one source with flags', code: 'FROM debian:12\nCOPY --link --chmod=755 --chown=app:app a /app' },
    { name: 'one glob source', code: 'FROM debian:12\nCOPY *.json /app' },
    { name: 'a flag without `=` (DF1003): its value is not a source', code: 'FROM nginx:alpine\nCOPY --from build /app/public/* /usr/share/nginx/html' },
    { name: 'exec form ending with a slash', code: 'FROM debian:12\nCOPY ["a", "b", "/app/"]' },
    { name: 'relative directory', code: 'FROM debian:12\nWORKDIR /src\nCOPY go.mod go.sum ./' },
    { name: 'quoted with a slash', code: 'FROM debian:12\nCOPY a b "/my app/"' },
    { name: 'variable with a trailing slash', code: 'FROM debian:12\nENV DIR=/app/\nCOPY a b $DIR' },
    { name: 'variable of unknown value at the end', code: 'FROM debian:12\nCOPY a b ${DEST}' },
    { name: 'Windows directory', code: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a.ps1 b.ps1 C:\\scripts\\' },
    { name: 'one heredoc source', code: 'FROM debian:12\nCOPY <<EOF /etc/app.conf\nkey=value\nEOF' },
    { name: 'two heredocs into a directory', code: 'FROM debian:12\nCOPY <<A <<B /etc/\na\nA\nb\nB' },
    { name: 'ONBUILD COPY is not checked', code: 'FROM debian:12\nONBUILD COPY a b c' },
    { name: 'COPY --from a stage into a directory', code: 'FROM debian:12 AS build\nFROM debian:12\nCOPY --from=build /a /b /out/' },
  ],
  invalid: [
    {
      name: 'the same copy with `--from=`',
      code: 'FROM nginx:alpine\nCOPY --from=build /app/public/* /app/assets /usr/share/nginx/html',
      errors: [{ line: 2, column: 45, endColumn: 66, message: '`COPY` with 2 sources copies them into a directory: end the destination `/usr/share/nginx/html` with `/`' }],
      output: 'FROM nginx:alpine\nCOPY --from=build /app/public/* /app/assets /usr/share/nginx/html/',
    },
    {
      code: 'FROM debian:12\nCOPY foo bar baz',
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 17, message: '`COPY` with 2 sources copies them into a directory: end the destination `baz` with `/`' }],
      output: 'FROM debian:12\nCOPY foo bar baz/',
    },
    {
      name: 'dot (the classic builder rejects it)',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum .',
      errors: [{ line: 3, column: 20, endColumn: 21, message: '`COPY` with 2 sources copies them into a directory: end the destination `.` with `/`' }],
      output: 'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./',
    },
    {
      name: 'flags are not sources',
      code: 'FROM debian:12\nCOPY --link --chmod=644 --chown=1000 a b /app',
      errors: [{ line: 2, column: 42, message: /with 2 sources/ }],
      output: 'FROM debian:12\nCOPY --link --chmod=644 --chown=1000 a b /app/',
    },
    {
      name: 'exec form',
      code: 'FROM debian:12\nCOPY ["a", "b", "/app"]',
      errors: [{ line: 2, column: 17, endColumn: 23, message: '`COPY` with 2 sources copies them into a directory: end the destination `/app` with `/`' }],
      output: 'FROM debian:12\nCOPY ["a", "b", "/app/"]',
    },
    {
      name: 'quoted destination',
      code: 'FROM debian:12\nCOPY a b "/my app"',
      errors: [{ line: 2, column: 10, message: '`COPY` with 2 sources copies them into a directory: end the destination `/my app` with `/`' }],
      output: 'FROM debian:12\nCOPY a b "/my app/"',
    },
    {
      name: 'two heredocs',
      code: 'FROM debian:12\nCOPY <<A <<B /etc/conf\na\nA\nb\nB',
      errors: [{ line: 2, column: 14, endColumn: 23, message: '`COPY` with 2 sources copies them into a directory: end the destination `/etc/conf` with `/`' }],
      output: 'FROM debian:12\nCOPY <<A <<B /etc/conf/\na\nA\nb\nB',
    },
    {
      name: 'ADD too',
      code: 'FROM debian:12\nADD a.tar.gz b.tar.gz /opt',
      errors: [{ line: 2, column: 23, message: /^`ADD` with 2 sources/ }],
      output: 'FROM debian:12\nADD a.tar.gz b.tar.gz /opt/',
    },
    {
      name: 'variable resolving without a slash',
      code: 'FROM debian:12\nARG DIR=/app\nCOPY a b $DIR',
      errors: [{ line: 3, column: 10, message: /`\/app`/ }],
      output: 'FROM debian:12\nARG DIR=/app\nCOPY a b $DIR/',
    },
    {
      name: 'unknown variable then a literal',
      code: 'FROM debian:12\nCOPY a b ${HOME}/bin',
      errors: [{ line: 3 - 1, column: 10, message: '`COPY` with 2 sources copies them into a directory: end the destination `${HOME}/bin` with `/`' }],
      output: 'FROM debian:12\nCOPY a b ${HOME}/bin/',
    },
    {
      name: 'sources on several lines',
      code: 'FROM debian:12 AS build\nFROM debian:12\nCOPY --from=build \\\n  /a \\\n  /b \\\n  /c \\\n  /out',
      errors: [{ line: 7, column: 3, endColumn: 7, message: /with 3 sources/ }],
      output: 'FROM debian:12 AS build\nFROM debian:12\nCOPY --from=build \\\n  /a \\\n  /b \\\n  /c \\\n  /out/',
    },
  ],
});
