import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-zypper-non-interactive.js';

testRule(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
    'FROM opensuse/leap:15.6\nRUN zypper --non-interactive install curl',
    'FROM opensuse/leap:15.6\nRUN zypper install -y curl',
    'FROM opensuse/leap:15.6\nRUN zypper in --no-confirm curl',
    'FROM opensuse/leap:15.6\nRUN zypper -n rm curl && zypper -n patch && zypper -n si curl',
    'FROM opensuse/leap:15.6\nRUN zypper ref && zypper clean -a && zypper lr && zypper ar -f http://x/repo repo',
    { name: 'subcommand from a variable', code: 'FROM opensuse/leap:15.6\nRUN zypper $ACTION curl' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN zypper install curl' },
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper install curl',
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 19, message: 'Use `zypper -n install` so zypper does not wait for an answer' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
    },
    {
      name: 'every command that asks',
      code: 'FROM opensuse/leap:15.6\nRUN zypper in a && zypper rm b && zypper si c && zypper patch && zypper up && zypper dup',
      errors: [{ line: 2, column: 12, message: 'Use `zypper -n in` so zypper does not wait for an answer' }, { line: 2, column: 27, message: 'Use `zypper -n rm` so zypper does not wait for an answer' }, { line: 2, column: 42, message: 'Use `zypper -n si` so zypper does not wait for an answer' }, { line: 2, column: 57, message: 'Use `zypper -n patch` so zypper does not wait for an answer' }, { line: 2, column: 73, message: 'Use `zypper -n up` so zypper does not wait for an answer' }, { line: 2, column: 86, message: 'Use `zypper -n dup` so zypper does not wait for an answer' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n in a && zypper -n rm b && zypper -n si c && zypper -n patch && zypper -n up && zypper -n dup',
    },
    {
      name: 'global options before the command',
      code: 'FROM opensuse/leap:15.6\nRUN zypper --gpg-auto-import-keys install curl',
      errors: [{ line: 2, column: 35, message: 'Use `zypper -n install` so zypper does not wait for an answer' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n --gpg-auto-import-keys install curl',
    },
    {
      name: 'through sudo',
      code: 'FROM opensuse/leap:15.6\nRUN sudo zypper install curl',
      errors: [{ line: 2, column: 17, message: 'Use `zypper -n install` so zypper does not wait for an answer' }],
      output: 'FROM opensuse/leap:15.6\nRUN sudo zypper -n install curl',
    },
    {
      name: 'ONBUILD',
      code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper install curl',
      errors: [{ line: 2, column: 20, message: 'Use `zypper -n install` so zypper does not wait for an answer' }],
      output: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper -n install curl',
    },
  ],
});
