import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-sudo.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nRUN apt-get install -y sudo',
    'FROM debian:12\nRUN echo sudo',
    'FROM debian:12\nRUN ["echo", "sudo"]',
    { name: 'PowerShell runs no POSIX commands', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN sudo x' },
  ],
  invalid: [
    { code: 'FROM debian:12\nRUN sudo apt-get update', errors: [{ line: 2, column: 5, endLine: 2, endColumn: 9, message: 'Do not use `sudo`: build steps run as the current USER; switch with `USER` instead' }] },
    {
      name: 'chained on a continuation line',
      code: 'FROM debian:12\nRUN apt-get update && \\\n    sudo apt-get install -y curl',
      errors: [{ line: 3, column: 5, endColumn: 9, message: 'Do not use `sudo`: build steps run as the current USER; switch with `USER` instead' }],
    },
    { code: 'FROM debian:12\nRUN ["sudo", "make", "install"]', errors: [{ line: 2, column: 6, endColumn: 12, message: 'Do not use `sudo`: build steps run as the current USER; switch with `USER` instead' }] },
    { code: 'FROM debian:12\nRUN <<EOF\nset -e\nsudo make install\nEOF', errors: [{ line: 4, column: 1, endColumn: 5, message: 'Do not use `sudo`: build steps run as the current USER; switch with `USER` instead' }] },
    { code: 'FROM debian:12\nRUN if true; then sudo -u app make; fi', errors: [{ line: 2, column: 19, message: 'Do not use `sudo`: build steps run as the current USER; switch with `USER` instead' }] },
  ],
});
