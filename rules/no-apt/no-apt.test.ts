import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-apt.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl',
    'FROM debian:12\nRUN apt-cache policy curl',
    'FROM debian:12\nRUN apt-mark auto curl',
    'FROM debian:12\nRUN echo apt install curl',
    'FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*',
    'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]',
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN apt install curl' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nRUN apt install -y curl',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 8, message: 'Use `apt-get install` instead of `apt install`: `apt` has no stable interface for scripts' }],
      output: 'FROM debian:12\nRUN apt-get install -y curl',
    },
    {
      name: 'each apt command',
      code: 'FROM debian:12\nRUN apt update \\\n    && apt install -y curl',
      errors: [{ line: 2, column: 5, message: 'Use `apt-get update` instead of `apt update`: `apt` has no stable interface for scripts' }, { line: 3, column: 8, message: 'Use `apt-get install` instead of `apt install`: `apt` has no stable interface for scripts' }],
      output: 'FROM debian:12\nRUN apt-get update \\\n    && apt-get install -y curl',
    },
    {
      name: 'apt search',
      code: 'FROM debian:12\nRUN apt search curl',
      errors: [{ line: 2, column: 5, message: /`apt-cache search`/ }],
      output: 'FROM debian:12\nRUN apt-cache search curl',
    },
    {
      name: 'by path',
      code: 'FROM debian:12\nRUN /usr/bin/apt purge -y curl',
      errors: [{ line: 2, column: 5, endColumn: 17, message: 'Use `apt-get purge` instead of `apt purge`: `apt` has no stable interface for scripts' }],
      output: 'FROM debian:12\nRUN /usr/bin/apt-get purge -y curl',
    },
    {
      name: 'through sudo',
      code: 'FROM debian:12\nRUN sudo apt upgrade -y',
      errors: [{ line: 2, column: 10, message: 'Use `apt-get upgrade` instead of `apt upgrade`: `apt` has no stable interface for scripts' }],
      output: 'FROM debian:12\nRUN sudo apt-get upgrade -y',
    },
    {
      name: 'exec form',
      code: 'FROM debian:12\nRUN ["apt", "install", "-y", "curl"]',
      errors: [{ line: 2, column: 6, endColumn: 11, message: 'Use `apt-get install` instead of `apt install`: `apt` has no stable interface for scripts' }],
      output: 'FROM debian:12\nRUN ["apt-get", "install", "-y", "curl"]',
    },
    {
      name: 'heredoc',
      code: 'FROM debian:12\nRUN <<EOF\napt-get update\napt install -y curl\nEOF',
      errors: [{ line: 4, column: 1, message: 'Use `apt-get install` instead of `apt install`: `apt` has no stable interface for scripts' }],
      output: 'FROM debian:12\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF',
    },
    {
      name: 'ONBUILD',
      code: 'FROM debian:12\nONBUILD RUN apt install -y curl',
      errors: [{ line: 2, column: 13, message: 'Use `apt-get install` instead of `apt install`: `apt` has no stable interface for scripts' }],
      output: 'FROM debian:12\nONBUILD RUN apt-get install -y curl',
    },
    { name: 'no fix: apt list has no apt-get twin', code: 'FROM debian:12\nRUN apt list --installed', errors: [{ line: 2, column: 5, message: 'Use `apt-get list` instead of `apt list`: `apt` has no stable interface for scripts' }] },
    { name: 'no fix: apt full-upgrade', code: 'FROM debian:12\nRUN apt full-upgrade -y', errors: [{ line: 2, column: 5, message: 'Use `apt-get full-upgrade` instead of `apt full-upgrade`: `apt` has no stable interface for scripts' }] },
    { name: 'no fix: inside sh -c of exec form', code: 'FROM debian:12\nRUN ["sh", "-c", "apt install -y curl"]', errors: [{ line: 2, column: 19, message: 'Use `apt-get install` instead of `apt install`: `apt` has no stable interface for scripts' }] },
  ],
});
