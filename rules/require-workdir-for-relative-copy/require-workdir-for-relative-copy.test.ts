import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-workdir-for-relative-copy.js';

testRule(rule, {
  valid: [
    'FROM node:22\nWORKDIR /app\nCOPY package.json .',
    'FROM node:22\nCOPY package.json /app/',
    { name: 'a relative WORKDIR counts too', code: 'FROM node:22\nWORKDIR app\nCOPY . .' },
    { name: 'a WORKDIR with a variable counts', code: 'FROM node:22\nARG DIR\nWORKDIR $DIR\nCOPY . .' },
    { name: 'inherited from the parent stage', code: 'FROM node:22 AS base\nWORKDIR /app\nFROM base\nCOPY . .' },
    { name: 'a grandparent stage', code: 'FROM node:22 AS a\nWORKDIR /app\nFROM a AS b\nFROM b\nCOPY . .' },
    { name: 'a variable holding an absolute path', code: 'FROM node:22\nENV APP=/srv/app\nCOPY . $APP/' },
    { name: 'an unknown variable at the start', code: 'FROM node:22\nARG DEST\nCOPY . ${DEST}' },
    { name: 'quoted absolute', code: 'FROM node:22\nCOPY a "/app/"' },
    { name: 'Windows drive paths', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a C:\\app\\\nCOPY b c:/app/' },
    { name: 'a scratch stage works in /', code: 'FROM scratch\nCOPY app app' },
    { name: 'exec form absolute', code: 'FROM node:22\nCOPY ["a b", "/app/"]' },
    { name: 'ADD to an absolute path', code: 'FROM node:22\nADD a.tar.gz /opt/' },
    { name: 'ADD after a WORKDIR', code: 'FROM node:22\nWORKDIR /app\nADD https://example.com/a.bin .' },
    { name: 'a single-character absolute path', code: 'FROM node:22\nCOPY a /' },
  ],
  invalid: [
    { code: 'FROM node:22\nCOPY package.json .', errors: [{ line: 2, column: 19, endColumn: 20, message: /set `WORKDIR` first/ }] },
    { name: 'WORKDIR only after the COPY', code: 'FROM node:22\nCOPY . app/\nWORKDIR /app', errors: [{ line: 2, column: 8, endColumn: 12, message: '`app/` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'a WORKDIR in an unrelated stage', code: 'FROM node:22 AS a\nWORKDIR /app\nFROM node:22\nCOPY . .', errors: [{ line: 4, column: 8, message: '`.` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'a single character', code: 'FROM node:22\nCOPY a b', errors: [{ line: 2, column: 8, message: '`b` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'ADD resolves its destination the same way', code: 'FROM node:22\nADD a.tar.gz .', errors: [{ line: 2, column: 14, endColumn: 15, message: '`.` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'a known relative variable', code: 'FROM node:22\nENV DIR=app\nCOPY . $DIR/', errors: [{ line: 3, column: 8, message: '`app/` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'a variable after a relative start', code: 'FROM node:22\nARG V\nCOPY . app-$V/', errors: [{ line: 3, column: 8, message: '`app-$V/` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'heredoc', code: 'FROM node:22\nCOPY <<EOF app.conf\nx=1\nEOF', errors: [{ line: 2, column: 12, message: '`app.conf` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'exec form', code: 'FROM node:22\nCOPY ["a", "b/"]', errors: [{ line: 2, column: 12, endColumn: 16, message: '`b/` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'before any FROM', code: 'COPY a b/\nFROM node:22', errors: [{ line: 1, column: 8, message: '`b/` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
    { name: 'with --from', code: 'FROM node:22 AS build\nFROM nginx:1\nCOPY --from=build /dist html/', errors: [{ line: 3, column: 25, message: '`html/` is relative to the base image\'s working directory: set `WORKDIR` first or use an absolute path' }] },
  ],
});
