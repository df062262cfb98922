import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-zypper-package-version.js';

testRule(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl=8.6.0',
    'FROM opensuse/leap:15.6\nRUN zypper -n in "curl>=8.6" "git<3" /tmp/x.rpm',
    'FROM opensuse/leap:15.6\nRUN zypper -n install -t pattern devel_basis',
    'FROM opensuse/leap:15.6\nRUN zypper -n in --type=pattern devel_basis',
    'FROM opensuse/leap:15.6\nRUN zypper -n --gpg-auto-import-keys install --no-recommends -r repo curl=8.6.0',
    { name: 'version from an ARG', code: 'FROM opensuse/leap:15.6\nARG V=8.6.0\nRUN zypper -n install curl=$V' },
    { name: 'unknown value', code: 'FROM opensuse/leap:15.6\nARG PKGS\nRUN zypper -n install $PKGS' },
    { name: 'remove', code: 'FROM opensuse/leap:15.6\nRUN zypper -n rm curl' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN zypper -n install curl' },
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
      errors: [{ line: 2, column: 23, endLine: 2, endColumn: 27, message: 'Pin the version of `curl`: `zypper install curl=<version>`' }],
    },
    { name: 'each package', code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl git=2.43', errors: [{ line: 2, column: 18, message: 'Pin the version of `curl`: `zypper install curl=<version>`' }] },
    { name: 'type package', code: 'FROM opensuse/leap:15.6\nRUN zypper -n in -t package curl', errors: [{ line: 2, column: 29, message: 'Pin the version of `curl`: `zypper install curl=<version>`' }] },
    { name: 'from an ENV', code: 'FROM opensuse/leap:15.6\nENV PKGS="curl git=2.43"\nRUN zypper -n in $PKGS', errors: [{ line: 3, column: 18, message: 'Pin the version of `curl`: `zypper install curl=<version>`' }] },
    {
      name: 'one finding per zypper install (paraphrased from an openSUSE build image)',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install --no-recommends \\\n        curl \\\n        gzip=1.12 \\\n        tar \\\n    && zypper clean -a',
      errors: [{
        line: 3, column: 9, endColumn: 13,
        message: 'Pin the versions of `curl` and `tar`: `zypper install curl=<version>`',
        related: [
          { line: 3, column: 9, endColumn: 13, message: '`curl` has no pinned version' },
          { line: 5, column: 9, endColumn: 12, message: '`tar` has no pinned version' },
        ],
      }],
    },
    { name: 'ONBUILD', code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper -n install curl', errors: [{ line: 2, column: 31, message: 'Pin the version of `curl`: `zypper install curl=<version>`' }] },
  ],
});
