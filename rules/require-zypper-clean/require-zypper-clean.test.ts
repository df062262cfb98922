import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-zypper-clean.js';

testRule(rule, {
  valid: [
    { name: 'a builder stage whose build output alone is copied out', code: 'FROM opensuse/leap:15.6 AS build\nRUN zypper -n install gcc make\nRUN make -C /src\nFROM opensuse/leap:15.6\nCOPY --from=build /src/out /usr/local/bin' },
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
      name: 'a stage copied whole into the last one',
      code: 'FROM opensuse/leap:15.6 AS build\nRUN zypper -n install curl\nFROM scratch\nCOPY --from=build / /',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 22, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6 AS build\nRUN zypper -n install curl && zypper clean -a\nFROM scratch\nCOPY --from=build / /',
    },
    {
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl',
      errors: [{ line: 2, column: 15, endLine: 2, endColumn: 22, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper clean -a',
    },
    {
      name: 'rm -rf of something else',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && rm -rf /tmp/*',
      errors: [{ line: 2, column: 15, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && rm -rf /tmp/* && zypper clean -a',
    },
    {
      name: 'clean before the install',
      code: 'FROM opensuse/leap:15.6\nRUN zypper clean && zypper -n in curl',
      errors: [{ line: 2, column: 31, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper clean && zypper -n in curl && zypper clean -a',
    },
    {
      name: 'an update after the clean',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper clean && zypper -n up',
      errors: [{ line: 2, column: 15, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper clean && zypper -n up && zypper clean -a',
    },
    { name: 'cache mount elsewhere', code: 'FROM opensuse/leap:15.6\nRUN --mount=type=cache,target=/var/cache/zypp/packages zypper -n install curl', errors: [{ line: 2, column: 66, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }] },
    {
      name: 'ONBUILD',
      code: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper -n install curl',
      errors: [{ line: 2, column: 23, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nONBUILD RUN zypper -n install curl && zypper clean -a',
    },
    {
      name: 'heredoc',
      code: 'FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n install curl\nEOF',
      errors: [{ line: 3, column: 11, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nRUN <<EOF\nzypper -n install curl && zypper clean -a\nEOF',
    },
    {
      name: 'after a trailing ; and a comment',
      code: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl; # tools',
      errors: [{ line: 2, column: 15, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }],
      output: 'FROM opensuse/leap:15.6\nRUN zypper -n in curl && zypper clean -a; # tools',
    },
    { name: 'no fix: another root', code: 'FROM opensuse/leap:15.6\nRUN zypper --root /mnt -n in curl', errors: [{ line: 2, column: 27, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }] },
    { name: 'no fix: through sudo', code: 'FROM opensuse/leap:15.6\nRUN sudo zypper -n in curl', errors: [{ line: 2, column: 20, message: 'Clean the zypper cache after installing: end this RUN with `zypper clean -a`' }] },
  ],
});
