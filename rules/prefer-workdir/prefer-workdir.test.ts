import { testRule } from '../../test/support/rule-tester.js';
import rule from './prefer-workdir.js';

testRule(rule, {
  valid: [
    'FROM node:22\nWORKDIR /app\nRUN npm ci',
    { name: 'a subshell scopes the cd on purpose', code: 'FROM debian:12\nRUN (cd src && make) && make install' },
    { name: 'a cd in a command substitution', code: 'FROM debian:12\nRUN DIR="$(cd "$(dirname x)" && pwd)" && echo "$DIR"' },
    { name: 'a cd inside sh -c', code: "FROM debian:12\nRUN sh -c 'cd /src && make'" },
    { name: 'a computed directory', code: 'FROM debian:12\nRUN cd "$(mktemp -d)" && curl -fsSLO https://x/y.tgz' },
    { name: 'a computed directory with backticks', code: 'FROM debian:12\nRUN cd `mktemp -d` && make' },
    'FROM debian:12\nRUN echo cd /app',
    'FROM debian:12\nRUN apt-get install -y cdrdao',
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN cd C:\\app; ./build.ps1' },
    { name: 'ONBUILD is not checked, as in hadolint', code: 'FROM debian:12\nONBUILD RUN cd /app && make' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN cd /opt', errors: [{ line: 2, column: 5, endColumn: 7, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    {
      name: 'only the first cd of a RUN',
      code: 'FROM debian:12\nRUN cd /tmp && curl -fsSLO https://x/y.tgz \\\n    && tar -xzf y.tgz && cd y && make && cd - && rm -rf /tmp/y',
      errors: [{ line: 2, column: 5 }],
    },
    { name: 'a cd after a subshell', code: 'FROM debian:12\nRUN (cd a && make) && cd b', errors: [{ line: 2, column: 23 }] },
    { name: 'a variable target WORKDIR can expand', code: 'FROM golang:1.22\nRUN cd $GOPATH/src/app && go build', errors: [{ line: 2, column: 5 }] },
    { code: 'FROM debian:12\nRUN <<EOF\nset -e\ncd /src\nmake\nEOF', errors: [{ line: 4, column: 1, endColumn: 3 }] },
    { code: 'FROM debian:12\nRUN ["sh", "-c", "cd /src && make"]', errors: [{ line: 2, column: 19, endColumn: 21 }] },
    { code: 'FROM debian:12\nRUN if [ -d /src ]; then cd /src; fi', errors: [{ line: 2, column: 26 }] },
  ],
});
