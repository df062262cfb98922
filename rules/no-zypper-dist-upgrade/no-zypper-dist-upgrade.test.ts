import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-zypper-dist-upgrade.js';

testRule(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n update',
    'FROM opensuse/leap:15.6\nRUN zypper -n up && zypper -n patch',
    'FROM opensuse/leap:15.6\nRUN zypper -n install dup',
    { name: 'apt dist-upgrade is not zypper', code: 'FROM debian:12\nRUN apt-get dist-upgrade -y' },
    { name: 'echo', code: 'FROM opensuse/leap:15.6\nRUN echo zypper dup' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN zypper dup' },
  ],
  invalid: [
    {
      code: 'FROM opensuse/tumbleweed\nRUN zypper -n dist-upgrade',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 27, message: 'Do not use `zypper dist-upgrade`: start from a newer base image and run `zypper update`' }],
    },
    { name: 'dup', code: 'FROM opensuse/tumbleweed\nRUN zypper --non-interactive dup --no-recommends', errors: [{ line: 2, column: 30, endColumn: 33, message: 'Do not use `zypper dup`: start from a newer base image and run `zypper update`' }] },
    { name: 'through sudo', code: 'FROM opensuse/tumbleweed\nRUN sudo zypper -n dup', errors: [{ line: 2, column: 20, message: 'Do not use `zypper dup`: start from a newer base image and run `zypper update`' }] },
    { name: 'ONBUILD', code: 'FROM opensuse/tumbleweed\nONBUILD RUN zypper -n dup', errors: [{ line: 2, column: 23, message: 'Do not use `zypper dup`: start from a newer base image and run `zypper update`' }] },
    { name: 'heredoc', code: 'FROM opensuse/tumbleweed\nRUN <<EOF\nzypper -n dup\nEOF', errors: [{ line: 3, column: 11, message: 'Do not use `zypper dup`: start from a newer base image and run `zypper update`' }] },
    { name: 'exec form', code: 'FROM opensuse/tumbleweed\nRUN ["zypper", "-n", "dup"]', errors: [{ line: 2, column: 22, message: 'Do not use `zypper dup`: start from a newer base image and run `zypper update`' }] },
  ],
});
