import { testRule } from '../../test/support/rule-tester.js';
import rule from './invalid-json.js';

testRule(rule, {
  valid: [
    'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]',
    'FROM debian:12\nCMD ["sleep", "5"]',
    { name: 'not JSON at all falls back to shell form', code: 'FROM debian:12\nCMD [not json]' },
    { name: 'single quotes fall back to shell form', code: "FROM debian:12\nCMD ['sleep', '5']" },
    { name: 'JSON-looking text inside a shell command', code: 'FROM debian:12\nRUN echo [1, 2]' },
    { name: 'PowerShell SHELL', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\';"]' },
  ],
  invalid: [
    {
      code: 'FROM debian:12\nSHELL /bin/bash -c',
      errors: [{ line: 2, column: 7, endLine: 2, endColumn: 19, message: /^`SHELL` requires its arguments in JSON form/ }],
    },
    {
      name: 'a number in an exec-form CMD',
      code: 'FROM debian:12\nCMD ["sleep", 5]',
      errors: [{ line: 2, column: 5, endColumn: 17, message: 'When using JSON array syntax, arrays must be comprised of strings only' }],
    },
    { name: 'a nested array', code: 'FROM debian:12\nENTRYPOINT ["echo", ["x"]]', errors: [{ line: 2, column: 12, message: 'When using JSON array syntax, arrays must be comprised of strings only' }] },
    { name: 'null in COPY', code: 'FROM debian:12\nCOPY ["a", null]', errors: [{ line: 2, column: 6, message: 'When using JSON array syntax, arrays must be comprised of strings only' }] },
    { name: 'SHELL with single quotes is not JSON', code: "FROM debian:12\nSHELL ['/bin/bash', '-c']", errors: [{ line: 2, column: 7, message: '`SHELL` requires its arguments in JSON form, such as `SHELL ["/bin/bash", "-c"]`' }] },
    { name: 'a number in HEALTHCHECK CMD', code: 'FROM debian:12\nHEALTHCHECK CMD ["sleep", 1]', errors: [{ line: 2, column: 17, endColumn: 29, message: 'When using JSON array syntax, arrays must be comprised of strings only' }] },
    {
      name: 'over continuation lines',
      code: 'FROM debian:12\nRUN ["apt-get", \\\n     true]',
      errors: [{ line: 2, column: 5, endLine: 3, endColumn: 11, message: 'When using JSON array syntax, arrays must be comprised of strings only' }],
    },
  ],
});
