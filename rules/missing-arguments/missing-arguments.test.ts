import { testRule } from '../../test/support/rule-tester.js';
import rule from './missing-arguments.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nWORKDIR /app',
    { name: 'heredoc-only RUN has arguments', code: 'FROM debian:12\nRUN <<EOF\nmake\nEOF' },
    { name: 'SHELL with one element', code: 'FROM debian:12\nSHELL ["pwsh"]' },
    { name: 'arguments on a continuation line', code: 'FROM debian:12\nWORKDIR \\\n  /app' },
    { name: 'HEALTHCHECK NONE', code: 'FROM debian:12\nHEALTHCHECK NONE' },
    { name: 'an empty RUN runs an empty shell command', code: 'FROM debian:12\nRUN\nRUN make' },
    { name: 'an empty CMD and ENTRYPOINT build', code: 'FROM debian:12\nENTRYPOINT\nCMD' },
    { name: 'a RUN with only flags', code: 'FROM debian:12\nRUN --mount=type=cache,target=/root/.cache' },
    { name: 'an empty RUN as ONBUILD trigger', code: 'FROM debian:12\nONBUILD RUN' },
    { name: 'HEALTHCHECK CMD with a command on the next line', code: 'FROM debian:12\nHEALTHCHECK --interval=5s CMD \\\n  curl -f http://localhost/' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nWORKDIR',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 8, message: '`WORKDIR` requires at least one argument' }],
    },
    { name: 'keyword followed by spaces', code: 'FROM debian:12\nCOPY   ', errors: [{ line: 2, column: 1, endColumn: 5, message: '`COPY` requires at least one argument' }] },
    { name: 'SHELL with an empty array', code: 'FROM debian:12\nSHELL []', errors: [{ line: 2, column: 1, endColumn: 6, message: '`SHELL` requires at least one argument' }] },
    { name: 'a bare FROM', code: 'FROM\nRUN make', errors: [{ line: 1, column: 1, endColumn: 5, message: '`FROM` requires at least one argument' }] },
    { name: 'inside ONBUILD', code: 'FROM debian:12\nONBUILD USER', errors: [{ line: 2, column: 9, endColumn: 13, message: '`USER` requires at least one argument' }] },
    { name: 'HEALTHCHECK with only flags', code: 'FROM debian:12\nHEALTHCHECK --interval=5s', errors: [{ line: 2, column: 1, endColumn: 12, message: '`HEALTHCHECK` requires at least one argument' }] },
    {
      name: 'HEALTHCHECK CMD without a command',
      code: 'FROM debian:12\nHEALTHCHECK --interval=30s CMD',
      errors: [{ line: 2, column: 28, endColumn: 31, message: '`HEALTHCHECK CMD` requires a command' }],
    },
    {
      name: 'HEALTHCHECK CMD with an empty array',
      code: 'FROM debian:12\nHEALTHCHECK CMD []',
      errors: [{ line: 2, column: 13, endColumn: 16, message: '`HEALTHCHECK CMD` requires a command' }],
    },
    {
      name: 'an empty instruction other than RUN, CMD and ENTRYPOINT',
      code: 'FROM debian:12\nRUN\nUSER',
      errors: [{ line: 3, column: 1, endColumn: 5, message: '`USER` requires at least one argument' }],
    },
    {
      name: 'continuation with nothing after it',
      code: 'FROM debian:12\nEXPOSE \\\n# no port after all\n',
      errors: [{ line: 2, column: 1, endColumn: 7, message: '`EXPOSE` requires at least one argument' }],
    },
  ],
});
