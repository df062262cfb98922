import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-useradd-no-log-init.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN useradd -l -u 123456 app',
    'FROM debian:12\nRUN useradd --no-log-init --uid 123456 app',
    'FROM debian:12\nRUN useradd -lu 123456 app',
    'FROM debian:12\nRUN useradd -u 12345 app',
    'FROM debian:12\nRUN useradd -r -m app',
    { name: 'an ARG with a low value', code: 'FROM debian:12\nARG APP_UID=1000\nRUN useradd -u ${APP_UID} app' },
    { name: 'an unknown UID is not judged', code: 'FROM debian:12\nARG APP_UID\nRUN useradd -u "$APP_UID" app' },
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN useradd -u 123456 app' },
    'FROM debian:12\nRUN groupadd -g 123456 app',
    { name: 'a group glued to -g is not a uid', code: 'FROM debian:12\nRUN useradd -gusers1234567 app' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN useradd -u 123456 app',
      errors: [{ line: 2, column: 16, endColumn: 22, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nRUN useradd -l -u 123456 app',
    },
    {
      name: '--uid with a separate value (hadolint misses it)',
      code: 'FROM debian:12\nRUN useradd --uid 123456 app',
      errors: [{ line: 2, column: 19, endColumn: 25, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nRUN useradd -l --uid 123456 app',
    },
    {
      name: '--uid=',
      code: 'FROM debian:12\nRUN useradd --uid=1000000 app',
      errors: [{ line: 2, column: 13, endColumn: 26, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 1000000 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nRUN useradd -l --uid=1000000 app',
    },
    {
      name: 'attached -u',
      code: 'FROM debian:12\nRUN useradd -mu123456 app',
      errors: [{ line: 2, column: 13, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nRUN useradd -l -mu123456 app',
    },
    {
      name: 'an ARG with a high value',
      code: 'FROM debian:12\nARG APP_UID=200000\nRUN useradd -u "${APP_UID}" app',
      errors: [{ line: 3, column: 16, message: /UID 200000/ }],
      output: 'FROM debian:12\nARG APP_UID=200000\nRUN useradd -l -u "${APP_UID}" app',
    },
    {
      name: 'through sudo',
      code: 'FROM debian:12\nRUN sudo useradd -u 123456 app',
      errors: [{ line: 2, column: 21, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nRUN sudo useradd -l -u 123456 app',
    },
    {
      name: 'ONBUILD triggers',
      code: 'FROM debian:12\nONBUILD RUN useradd -u 123456 app',
      errors: [{ line: 2, column: 24, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nONBUILD RUN useradd -l -u 123456 app',
    },
    {
      code: 'FROM debian:12\nRUN <<EOF\nuseradd -m \\\n  -u 999999 app\nEOF',
      errors: [{ line: 4, column: 6, endColumn: 12, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 999999 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nRUN <<EOF\nuseradd -l -m \\\n  -u 999999 app\nEOF',
    },
    { name: 'no fix: inside sh -c of exec form', code: 'FROM debian:12\nRUN ["sh", "-c", "useradd -u 123456 app"]', errors: [{ line: 2, column: 30, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge' }] },
    {
      name: 'exec form',
      code: 'FROM debian:12\nRUN ["useradd", "-u", "123456", "app"]',
      errors: [{ line: 2, column: 23, message: 'Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge' }],
      output: 'FROM debian:12\nRUN ["useradd", "-l", "-u", "123456", "app"]',
    },
  ],
});
