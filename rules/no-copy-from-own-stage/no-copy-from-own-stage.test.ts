import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-copy-from-own-stage.js';

testRule(rule, {
  valid: [
    { name: 'another stage', code: 'FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20\nCOPY --from=build /out /out' },
    { name: 'an earlier index', code: 'FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=0 /out /out' },
    { name: 'an external image with the same repository name', code: 'FROM alpine:3.20 AS nginx\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx' },
    { name: 'a later stage is DL3022', code: 'FROM alpine:3.20\nCOPY --from=1 /a /a\nFROM alpine:3.20' },
    { name: 'a stage without alias', code: 'FROM alpine:3.20\nCOPY --from=app /a /a' },
    { name: 'ONBUILD targets the downstream stages', code: 'FROM alpine:3.20 AS app\nONBUILD COPY --from=app /a /a' },
    { name: 'RUN mounts are not COPY', code: 'FROM alpine:3.20 AS app\nRUN --mount=from=app,target=/x true' },
  ],
  invalid: [
    {
      code: 'FROM node:22 AS foo\nCOPY --from=foo bar .',
      errors: [{
        line: 2, column: 13, endLine: 2, endColumn: 16,
        message: '`--from=foo` references the current stage; copy from another stage, or use `RUN cp` within this one',
      }],
    },
    { name: 'other case', code: 'FROM node:22 AS build\nRUN npm ci\nCOPY --chown=1000 --from=Build /app /srv', errors: [{ line: 3, column: 26, endColumn: 31, message: '`--from=Build` references the current stage; copy from another stage, or use `RUN cp` within this one' }] },
    { name: 'own index', code: 'FROM node:22 AS deps\nFROM node:22\nCOPY --from=1 /app /srv', errors: [{ line: 3, column: 13, endColumn: 14, message: '`--from=1` references the current stage; copy from another stage, or use `RUN cp` within this one' }] },
    { name: 'own index of the first stage', code: 'FROM node:22\nCOPY --from=0 /app /srv', errors: [{ line: 2, column: 13, message: '`--from=0` references the current stage; copy from another stage, or use `RUN cp` within this one' }] },
    {
      name: 'a duplicate alias names the current stage',
      code: 'FROM node:22 AS build\nFROM node:22 AS build\nCOPY --from=build /app /srv',
      errors: [{ line: 3, column: 13, message: '`--from=build` references the current stage; copy from another stage, or use `RUN cp` within this one' }],
    },
  ],
});
