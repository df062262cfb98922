import { testRule } from '../../test/support/rule-tester.js';
import rule from './prefer-exec-form.js';

const CMD_MESSAGE = 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals';

testRule(rule, {
  valid: [
    'FROM node:22\nCMD ["node", "server.js"]',
    'FROM node:22\nENTRYPOINT ["/docker-entrypoint.sh"]',
    { name: 'HEALTHCHECK in exec form', code: 'FROM node:22\nHEALTHCHECK --interval=30s CMD ["curl", "-f", "http://localhost/"]' },
    { name: 'HEALTHCHECK NONE', code: 'FROM node:22\nHEALTHCHECK NONE' },
    { name: 'RUN in shell form is fine', code: 'FROM node:22\nRUN npm ci' },
    { name: 'an empty exec form', code: 'FROM node:22\nCMD []' },
    { name: 'exec form over several lines', code: 'FROM node:22\nCMD ["node", \\\n     "server.js"]' },
    { name: 'exec hands PID 1 to the program', code: 'FROM python:3.12\nCMD exec gunicorn --bind :$PORT --workers 1 app:app' },
    { name: 'setup, then exec', code: 'FROM python:3.12\nCMD python manage.py migrate && exec gunicorn app:app' },
    { name: 'PowerShell SHELL', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD Start-Service W3SVC; Wait-Event' },
    { name: 'cmd SHELL for HEALTHCHECK', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["cmd", "/S", "/C"]\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1' },
    { name: 'PowerShell SHELL inherited from the parent stage', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\nSHELL ["pwsh.exe", "-Command"]\nFROM base\nCMD .\\start.ps1' },
    { name: 'single-quoted JSON is DF3005\'s', code: "FROM node:22\nCMD ['node', 'server.js']" },
    { name: 'ONBUILD CMD is not checked', code: 'FROM node:22\nONBUILD CMD node server.js' },
  ],
  invalid: [
    {
      code: 'FROM node:22\nCMD node server.js',
      errors: [{ line: 2, column: 5, endLine: 2, endColumn: 19, message: CMD_MESSAGE }],
      output: 'FROM node:22\nCMD ["node", "server.js"]',
    },
    {
      name: 'ENTRYPOINT',
      code: 'FROM node:22\nENTRYPOINT /usr/local/bin/entrypoint.sh --verbose',
      errors: [{ line: 2, column: 12, endColumn: 50, message: /^Write `ENTRYPOINT` in JSON form/ }],
      output: 'FROM node:22\nENTRYPOINT ["/usr/local/bin/entrypoint.sh", "--verbose"]',
    },
    {
      name: 'HEALTHCHECK CMD points after CMD',
      code: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/',
      errors: [{ line: 2, column: 45, endColumn: 70, message: 'Write `HEALTHCHECK CMD` in JSON form (`HEALTHCHECK CMD ["program", "arg"]`): in shell form it needs `/bin/sh` in the image' }],
      output: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost/"]',
    },
    {
      name: 'shell operators: no fix',
      code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1',
      errors: [{ line: 2, column: 17, endColumn: 52, message: 'Write `HEALTHCHECK CMD` in JSON form (`HEALTHCHECK CMD ["program", "arg"]`): in shell form it needs `/bin/sh` in the image' }],
    },
    {
      name: 'a variable: exec hands PID 1 to the program',
      code: 'FROM python:3.12\nCMD gunicorn --bind :$PORT app:app',
      errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }],
      output: 'FROM python:3.12\nCMD exec gunicorn --bind :$PORT app:app',
    },
    {
      name: 'quotes are resolved into the JSON strings',
      code: 'FROM python:3.12\nCMD python -c "print(\\"hi\\")" \'a b\' c\\ d',
      errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }],
      output: 'FROM python:3.12\nCMD ["python", "-c", "print(\\"hi\\")", "a b", "c d"]',
    },
    {
      name: 'ENTRYPOINT with a variable over continuation lines',
      code: 'FROM node:22\nENTRYPOINT node \\\n  "$APP_HOME/server.js"',
      errors: [{ line: 2, column: 12, message: 'Write `ENTRYPOINT` in JSON form (`ENTRYPOINT ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }],
      output: 'FROM node:22\nENTRYPOINT exec node \\\n  "$APP_HOME/server.js"',
    },
    { name: 'a glob or a redirection stays with the shell', code: 'FROM node:22\nCMD node *.js > /log 2>&1', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }], output: 'FROM node:22\nCMD exec node *.js > /log 2>&1' },
    { name: 'a HEALTHCHECK with a variable: no fix (it needs a shell anyway)', code: 'FROM nginx:1.27\nHEALTHCHECK CMD curl -f "$URL"', errors: [{ line: 2, column: 17, message: 'Write `HEALTHCHECK CMD` in JSON form (`HEALTHCHECK CMD ["program", "arg"]`): in shell form it needs `/bin/sh` in the image' }] },
    { name: 'a variable as the program: no fix', code: 'FROM node:22\nCMD $APP --port 80', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    { name: 'a pipeline: no fix', code: 'FROM node:22\nCMD node app.js | tee /log', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    { name: 'a trailing &: no fix', code: 'FROM node:22\nCMD node app.js &', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    { name: 'a trailing comment: no fix', code: 'FROM node:22\nCMD node app.js # the server', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    { name: 'a list: no fix', code: 'FROM node:22\nCMD npm run migrate && npm start', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    { name: 'an assignment prefix: no fix', code: 'FROM node:22\nCMD NODE_ENV=production node server.js', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    { name: 'a shell builtin: no fix', code: 'FROM node:22\nCMD cd /app', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    { name: 'exec inside a subshell does not count', code: 'FROM node:22\nCMD echo $(exec date)', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }], output: 'FROM node:22\nCMD exec echo $(exec date)' },
    { name: 'exec first, then more', code: 'FROM node:22\nCMD exec node a.js; node b.js', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }] },
    {
      name: 'a POSIX SHELL does not help with signals',
      code: 'FROM node:22\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD node server.js',
      errors: [{ line: 3, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }],
      output: 'FROM node:22\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nCMD ["node", "server.js"]',
    },
    {
      name: 'over continuation lines',
      code: 'FROM node:22\nCMD node \\\n    server.js \\\n    --port=8080',
      errors: [{ line: 2, column: 5, endLine: 4, endColumn: 16, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }],
      output: 'FROM node:22\nCMD ["node", "server.js", "--port=8080"]',
    },
    {
      name: 'every stage',
      code: 'FROM node:22 AS test\nCMD npm test\nFROM node:22\nCMD npm start',
      errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }, { line: 4, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }],
      output: 'FROM node:22 AS test\nCMD ["npm", "test"]\nFROM node:22\nCMD ["npm", "start"]',
    },
    { name: 'lower-case keyword', code: 'FROM node:22\ncmd node server.js', errors: [{ line: 2, column: 5, message: 'Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals' }], output: 'FROM node:22\ncmd ["node", "server.js"]' },
  ],
});
