import { beforeAll, describe, expect, it } from 'vitest';
import { initShellParser } from '../../src/model/shell/parser.js';
import { runRule, testRule } from '../../test/support/rule-tester.js';
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
    { name: 'before any FROM (a template fragment): reported, no fix', code: 'RUN cd /src && make\nFROM alpine:3.20', errors: [{ line: 1, column: 5, endColumn: 7, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'a file without FROM', code: 'RUN cd /src && make', errors: [{ line: 1, column: 5, endColumn: 7, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { code: 'FROM debian:12\nRUN cd /opt', errors: [{ line: 2, column: 5, endColumn: 7, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    {
      name: 'only the first cd of a RUN',
      code: 'FROM debian:12\nRUN cd /tmp && curl -fsSLO https://x/y.tgz \\\n    && tar -xzf y.tgz && cd y && make && cd - && rm -rf /tmp/y',
      errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }],
      // The later `cd y` starts from /tmp as before, and `cd -` returns there.
      output: 'FROM debian:12\nWORKDIR /tmp\nRUN curl -fsSLO https://x/y.tgz \\\n    && tar -xzf y.tgz && cd y && make && cd - && rm -rf /tmp/y',
    },
    { name: 'a cd after a subshell', code: 'FROM debian:12\nRUN (cd a && make) && cd b', errors: [{ line: 2, column: 23, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'a variable target WORKDIR can expand', code: 'FROM golang:1.22\nRUN cd $GOPATH/src/app && go build', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { code: 'FROM debian:12\nRUN <<EOF\nset -e\ncd /src\nmake\nEOF', errors: [{ line: 4, column: 1, endColumn: 3, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { code: 'FROM debian:12\nRUN ["sh", "-c", "cd /src && make"]', errors: [{ line: 2, column: 19, endColumn: 21, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { code: 'FROM debian:12\nRUN if [ -d /src ]; then cd /src; fi', errors: [{ line: 2, column: 26, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'fix: the cd becomes a WORKDIR', code: 'FROM debian:12\nRUN cd /usr/src && make', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }], output: 'FROM debian:12\nWORKDIR /usr/src\nRUN make' },
    { name: 'fix: && at the end of the line', code: 'FROM node:22\nRUN cd /app && \\\n    npm ci', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }], output: 'FROM node:22\nWORKDIR /app\nRUN npm ci' },
    {
      name: 'fix: && at the start of the next line',
      code: 'FROM node:22\nRUN cd /app/ \\\n    && npm ci \\\n    && npm run build',
      errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }],
      output: 'FROM node:22\nWORKDIR /app/\nRUN npm ci \\\n    && npm run build',
    },
    {
      name: 'fix: a relative directory from the known working directory',
      code: 'FROM debian:12\nWORKDIR /usr/src\nRUN cd app && make',
      errors: [{ line: 3, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }],
      output: 'FROM debian:12\nWORKDIR /usr/src\nWORKDIR /usr/src/app\nRUN make',
    },
    { name: 'fix: an indented RUN with flags', code: 'FROM debian:12\n  RUN --mount=type=cache,target=/var/cache cd /src && make', errors: [{ line: 2, column: 44, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }], output: 'FROM debian:12\n  WORKDIR /src\n  RUN --mount=type=cache,target=/var/cache make' },
    { name: 'fix: the backtick escape', code: '# escape=`\nFROM debian:12\nRUN cd /src && `\n    make', errors: [{ line: 3, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }], output: '# escape=`\nFROM debian:12\nWORKDIR /src\nRUN make' },
    {
      name: 'fix: the last RUN of a build stage whose files are copied out',
      code: 'FROM golang:1.23 AS build\nCOPY . /src\nRUN cd /src && go build -o /out/app .\nENV X=1\nFROM scratch\nCOPY --from=build /out/app /app',
      errors: [{ line: 3, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }],
      output: 'FROM golang:1.23 AS build\nCOPY . /src\nWORKDIR /src\nRUN go build -o /out/app .\nENV X=1\nFROM scratch\nCOPY --from=build /out/app /app',
    },
    { name: 'no fix: relative directory, unknown working directory', code: 'FROM debian:12\nRUN cd src && make', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: a quoted directory', code: 'FROM debian:12\nRUN cd "/my app" && make', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: a ; after the cd', code: 'FROM debian:12\nRUN cd /src; make', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: a group after the cd', code: 'FROM debian:12\nRUN cd /src && { make; make install; }', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: an if after the cd', code: 'FROM debian:12\nRUN cd /src && if [ -f Makefile ]; then make; fi', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: a comment line after the cd', code: 'FROM debian:12\nRUN cd /src && \\\n# build it\n    make', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: cd - returns to the old directory', code: 'FROM debian:12\nRUN cd /src && make && cd - && ls', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: the cd alone', code: 'FROM debian:12\nRUN cd /src', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: the cd not first', code: 'FROM debian:12\nRUN set -e && cd /src && make', errors: [{ line: 2, column: 15, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: the cd with a flag', code: 'FROM debian:12\nRUN cd -P /src && make', errors: [{ line: 2, column: 5, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
    { name: 'no fix: cd through sudo', code: 'FROM debian:12\nRUN sudo cd /src && make', errors: [{ line: 2, column: 10, message: 'Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN' }] },
  ],
});

describe('DL3003 fix safety: safe only when nothing later reads the working directory', () => {
  beforeAll(() => initShellParser());
  const safety = (code: string) => runRule(rule, code).map((f) => f.fix?.safety);
  const build = 'FROM golang:1.23 AS build\nRUN cd /src && make\n';
  const copiedOut = 'FROM scratch\nCOPY --from=build /src/app /app';

  it('is safe for the last RUN of a stage only copied from', () => expect(safety(`${build}${copiedOut}`)).toEqual(['safe']));
  it('is safe when an absolute WORKDIR follows', () => expect(safety(`${build}ENV A=1\nWORKDIR /out\nRUN ls\n${copiedOut}`)).toEqual(['safe']));
  it('is safe when only absolute copies follow', () => expect(safety(`${build}COPY a /opt/a\n${copiedOut}`)).toEqual(['safe']));
  it('is unsafe when the directory is a mount target', () => expect(safety(`FROM golang:1.23 AS build\nRUN --mount=type=cache,target=/tmp/b cd /tmp/b && make\n${copiedOut}`)).toEqual(['unsafe']));
  it('is unsafe in the last stage', () => expect(safety('FROM debian:12\nRUN cd /src && make')).toEqual(['unsafe']));
  it('is unsafe when a later RUN runs there', () => expect(safety(`${build}RUN ls\n${copiedOut}`)).toEqual(['unsafe']));
  it('is unsafe when a later copy is relative', () => expect(safety(`${build}COPY a .\n${copiedOut}`)).toEqual(['unsafe']));
  it('is unsafe when a relative WORKDIR follows', () => expect(safety(`${build}WORKDIR out\n${copiedOut}`)).toEqual(['unsafe']));
  it('is unsafe when another stage is built on it', () => expect(safety(`${build}FROM build AS test\nRUN true\n${copiedOut}`)).toEqual(['unsafe']));
  it('is unsafe in a stage no other stage uses (a possible --target)', () => expect(safety(`${build}FROM debian:12\nRUN true`)).toEqual(['unsafe']));
});
