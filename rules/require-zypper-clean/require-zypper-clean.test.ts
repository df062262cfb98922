import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-zypper-clean.js';

testRule(rule, {
  valid: [
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean',
    'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper cc -a',
    'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper --non-interactive clean --all',
    { name: 'deleting the cache (hadolint needs zypper clean)', code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && rm -rf /var/cache/zypp/*' },
    { name: 'no install', code: 'FROM opensuse/leap:15.6\nRUN zypper -n rm curl' },
    { name: 'cache mount', code: 'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp zypper -n install curl' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN zypper -n install curl' },
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 22, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean`' }],
    },
    { name: 'rm -rf of something else', code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && rm -rf /tmp/*', errors: [{ line: 2, column: 15 }] },
    { name: 'clean before the install', code: 'FROM opensuse/leap:15.6\nRUN zypper clean && zypper -n in curl', errors: [{ line: 2, column: 31 }] },
    { name: 'an update after the clean', code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper clean && zypper -n up', errors: [{ line: 2, column: 15 }] },
    { name: 'cache mount elsewhere', code: 'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp/packages zypper -n install curl', errors: [{ line: 2, column: 66 }] },
    { name: 'ONBUILD', code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper -n install curl', errors: [{ line: 2, column: 23 }] },
    { name: 'heredoc', code: 'FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n install curl\nEOF', errors: [{ line: 3, column: 11 }] },
  ],
});
