import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-absolute-workdir.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nWORKDIR /usr/local',
    'FROM debian:12\nWORKDIR "/srv/my app"',
    { name: 'Windows drive', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app' },
    { name: 'Windows drive alone', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:' },
    { name: 'Windows drive with slashes', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR d:/data' },
    { name: 'variable of unknown value first', code: 'FROM debian:12\nWORKDIR $HOME/app' },
    { name: 'braced variable of unknown value', code: 'FROM golang:1.23\nWORKDIR ${GOPATH}/src/app' },
    { name: 'ARG without default', code: 'FROM debian:12\nARG DIR\nWORKDIR ${DIR}' },
    { name: 'ENV with an absolute value', code: 'FROM debian:12\nENV APP=/srv/app\nWORKDIR ${APP}/data' },
    { name: 'ARG default absolute', code: 'FROM debian:12\nARG PREFIX=/opt\nWORKDIR $PREFIX/tool' },
    { name: 'empty ARG before an absolute rest', code: 'FROM debian:12\nARG ROOT=\nWORKDIR ${ROOT}/app' },
    { name: 'ONBUILD WORKDIR is not checked', code: 'FROM debian:12\nONBUILD WORKDIR app' },
    { name: 'single character absolute', code: 'FROM debian:12\nWORKDIR /' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nWORKDIR app',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12, message: 'Use an absolute path in `WORKDIR`: `app` is relative to the working directory before it' }],
    },
    { name: 'one character (hadolint may crash on it)', code: 'FROM debian:12\nWORKDIR a', errors: [{ line: 2, column: 9, endColumn: 10, message: 'Use an absolute path in `WORKDIR`: `a` is relative to the working directory before it' }] },
    { name: 'relative after a WORKDIR of the parent stage (BuildKit reports only the first of a stage)', code: 'FROM debian:12 AS base\nWORKDIR /srv\nFROM base\nWORKDIR data', errors: [{ line: 4, column: 9, message: 'Use an absolute path in `WORKDIR`: `data` is relative to the working directory before it' }], output: 'FROM debian:12 AS base\nWORKDIR /srv\nFROM base\nWORKDIR /srv/data' },
    { name: 'dot', code: 'FROM debian:12\nWORKDIR .', errors: [{ line: 2, column: 9, message: 'Use an absolute path in `WORKDIR`: `.` is relative to the working directory before it' }] },
    { name: 'quoted', code: 'FROM debian:12\nWORKDIR "my app"', errors: [{ line: 2, column: 9, endColumn: 17, message: /`my app`/ }] },
    { name: 'ARG default relative', code: 'FROM debian:12\nARG DIR=app\nWORKDIR $DIR', errors: [{ line: 3, column: 9, message: /`app`/ }] },
    { name: 'relative start with a variable later', code: 'FROM debian:12\nWORKDIR build/$TARGET', errors: [{ line: 2, column: 9, message: 'Use an absolute path in `WORKDIR`: `build/$TARGET` is relative to the working directory before it' }] },
    { name: 'backslashes without a drive', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR app\\bin', errors: [{ line: 2, column: 9, message: 'Use an absolute path in `WORKDIR`: `appbin` is relative to the working directory before it' }] },
    {
      name: 'fix: after an absolute WORKDIR',
      code: 'FROM debian:12\nWORKDIR /src\nWORKDIR build',
      errors: [{ line: 3, column: 9, message: 'Use an absolute path in `WORKDIR`: `build` is relative to the working directory before it' }],
      output: 'FROM debian:12\nWORKDIR /src\nWORKDIR /src/build',
    },
    {
      name: 'fix: through a parent stage',
      code: 'FROM debian:12 AS base\nWORKDIR /opt/app/\nFROM base\nWORKDIR ../data/',
      errors: [{ line: 4, column: 9, message: 'Use an absolute path in `WORKDIR`: `../data/` is relative to the working directory before it' }],
      output: 'FROM debian:12 AS base\nWORKDIR /opt/app/\nFROM base\nWORKDIR /opt/data/',
    },
    { name: 'fix: scratch starts at /', code: 'FROM scratch\nWORKDIR app', errors: [{ line: 2, column: 9, message: 'Use an absolute path in `WORKDIR`: `app` is relative to the working directory before it' }], output: 'FROM scratch\nWORKDIR /app' },
    { name: 'no fix when the base image sets the directory', code: 'FROM node:22\nWORKDIR app', errors: [{ line: 2, column: 9, message: 'Use an absolute path in `WORKDIR`: `app` is relative to the working directory before it' }] },
    { name: 'no fix for a variable', code: 'FROM debian:12\nWORKDIR /src\nARG DIR=app\nWORKDIR $DIR', errors: [{ line: 4, column: 9, message: 'Use an absolute path in `WORKDIR`: `app` is relative to the working directory before it' }] },
    { name: 'no fix when an earlier WORKDIR is unknown', code: 'FROM debian:12\nWORKDIR $HOME\nWORKDIR app', errors: [{ line: 3, column: 9, message: 'Use an absolute path in `WORKDIR`: `app` is relative to the working directory before it' }] },
  ],
});
