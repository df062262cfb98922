import { testRule } from '../../test/support/rule-tester.js';
import rule from './missing-arguments.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nWORKDIR /app',
    { name: 'heredoc-only RUN has arguments', code: 'FROM debian:12\nRUN <<EOF\nmake\nEOF' },
    { name: 'SHELL with one element', code: 'FROM debian:12\nSHELL ["pwsh"]' },
    { name: 'arguments on a continuation line', code: 'FROM debian:12\nWORKDIR \\\n  /app' },
    { name: 'HEALTHCHECK NONE', code: 'FROM debian:12\nHEALTHCHECK NONE' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nWORKDIR',
      errors: [{ line: 2, column: 1, endLine: 2, endColumn: 8, message: '`WORKDIR` requires at least one argument' }],
    },
    { name: 'keyword followed by spaces', code: 'FROM debian:12\nCOPY   ', errors: [{ line: 2, column: 1, endColumn: 5 }] },
    { name: 'SHELL with an empty array', code: 'FROM debian:12\nSHELL []', errors: [{ line: 2, column: 1, endColumn: 6, message: '`SHELL` requires at least one argument' }] },
    { name: 'a bare FROM', code: 'FROM\nRUN make', errors: [{ line: 1, column: 1, endColumn: 5 }] },
    { name: 'inside ONBUILD', code: 'FROM debian:12\nONBUILD USER', errors: [{ line: 2, column: 9, endColumn: 13 }] },
    { name: 'HEALTHCHECK with only flags', code: 'FROM debian:12\nHEALTHCHECK --interval=5s', errors: [{ line: 2, column: 1, endColumn: 12 }] },
    {
      name: 'continuation with nothing after it',
      code: 'FROM debian:12\nEXPOSE \\\n# no port after all\n',
      errors: [{ line: 2, column: 1, endColumn: 7 }],
    },
  ],
});
