import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-single-quoted-json.js';

testRule(rule, {
  valid: [
    'FROM node:22\nCMD ["node", "app.js"]',
    { name: 'shell form', code: 'FROM node:22\nCMD node app.js' },
    { name: 'single quotes inside a double-quoted JSON string', code: 'FROM node:22\nCMD ["sh", "-c", "echo \'hi\'"]' },
    { name: 'a shell test with single quotes', code: "FROM debian:12\nRUN [ '$(uname -m)' = 'x86_64' ] && echo amd64" },
    { name: 'a shell test that is not an array', code: "FROM debian:12\nRUN [ -f '/etc/os-release' ]" },
    { name: 'brackets without quotes', code: 'FROM debian:12\nRUN [ -d /app ]' },
    { name: 'an empty array', code: 'FROM debian:12\nCMD []' },
    { name: 'an unterminated single quote', code: "FROM debian:12\nCMD ['node, 'app.js]" },
    { name: 'a heredoc RUN', code: "FROM debian:12\nRUN <<EOF\n['not', 'an', 'instruction']\nEOF" },
    { name: 'LABEL is not a JSON instruction', code: "FROM debian:12\nLABEL tags=['a','b']" },
    { name: 'HEALTHCHECK NONE', code: 'FROM debian:12\nHEALTHCHECK NONE' },
    { name: 'PowerShell exec form', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host \'[a]\'' },
  ],
  invalid: [
    {
      code: "FROM node:22\nCMD ['node', 'app.js']",
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 23, message: 'Single quotes are not JSON, so Docker does not read this `CMD` as an array: use double quotes' }],
      output: 'FROM node:22\nCMD ["node", "app.js"]',
    },
    { name: 'no spaces', code: "FROM node:22\nENTRYPOINT ['node','app.js']", errors: [{ line: 2, column: 12, endColumn: 29, message: 'Single quotes are not JSON, so Docker does not read this `ENTRYPOINT` as an array: use double quotes' }], output: 'FROM node:22\nENTRYPOINT ["node","app.js"]' },
    { name: 'mixed quotes', code: "FROM node:22\nCMD [\"node\", 'app.js']", errors: [{ line: 2, column: 5, message: 'Single quotes are not JSON, so Docker does not read this `CMD` as an array: use double quotes' }], output: 'FROM node:22\nCMD ["node", "app.js"]' },
    { name: 'an element with spaces', code: "FROM debian:12\nRUN ['sh', '-c', 'apt-get update && apt-get install -y curl']", errors: [{ line: 2, column: 5, message: 'Single quotes are not JSON, so Docker does not read this `RUN` as an array: use double quotes' }], output: 'FROM debian:12\nRUN ["sh", "-c", "apt-get update && apt-get install -y curl"]' },
    {
      name: 'a double quote inside: no fix',
      code: "FROM debian:12\nCMD ['sh', '-c', 'echo \"hi\"']",
      errors: [{ line: 2, column: 5, message: 'Single quotes are not JSON, so Docker does not read this `CMD` as an array: use double quotes' }],
    },
    { name: 'a backslash inside: no fix', code: "FROM debian:12\nCMD ['cmd', '/C', 'C:\\app\\run.bat']", errors: [{ line: 2, column: 5, message: 'Single quotes are not JSON, so Docker does not read this `CMD` as an array: use double quotes' }] },
    { name: 'SHELL', code: "FROM debian:12\nSHELL ['/bin/bash', '-o', 'pipefail', '-c']", errors: [{ line: 2, column: 7, message: /this `SHELL`/ }], output: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]' },
    { name: 'HEALTHCHECK CMD', code: "FROM debian:12\nHEALTHCHECK --interval=5s CMD ['curl', '-f', 'http://localhost/']", errors: [{ line: 2, column: 31, message: /this `HEALTHCHECK CMD`/ }], output: 'FROM debian:12\nHEALTHCHECK --interval=5s CMD ["curl", "-f", "http://localhost/"]' },
    { name: 'COPY with flags', code: "FROM debian:12\nCOPY --chown=app:app ['src dir', '/app/']", errors: [{ line: 2, column: 22, message: 'Single quotes are not JSON, so Docker does not read this `COPY` as an array: use double quotes' }], output: 'FROM debian:12\nCOPY --chown=app:app ["src dir", "/app/"]' },
    { name: 'ADD', code: "FROM debian:12\nADD ['app.tar.gz', '/opt/']", errors: [{ line: 2, column: 5, message: 'Single quotes are not JSON, so Docker does not read this `ADD` as an array: use double quotes' }], output: 'FROM debian:12\nADD ["app.tar.gz", "/opt/"]' },
    { name: 'VOLUME', code: "FROM debian:12\nVOLUME ['/data']", errors: [{ line: 2, column: 8, endColumn: 17, message: 'Single quotes are not JSON, so Docker does not read this `VOLUME` as an array: use double quotes' }], output: 'FROM debian:12\nVOLUME ["/data"]' },
    { name: 'RUN in ONBUILD', code: "FROM debian:12\nONBUILD RUN ['make', 'install']", errors: [{ line: 2, column: 13, message: 'Single quotes are not JSON, so Docker does not read this `RUN` as an array: use double quotes' }], output: 'FROM debian:12\nONBUILD RUN ["make", "install"]' },
    {
      name: 'over continuation lines',
      code: "FROM node:22\nCMD ['node', \\\n     'app.js']",
      errors: [{ line: 2, column: 5, endLine: 3, endColumn: 15, message: 'Single quotes are not JSON, so Docker does not read this `CMD` as an array: use double quotes' }],
      output: 'FROM node:22\nCMD ["node", \\\n     "app.js"]',
    },
  ],
});
