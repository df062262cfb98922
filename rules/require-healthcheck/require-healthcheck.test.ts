import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-healthcheck.js';

testRule(rule, {
  valid: [
    'FROM nginx:1.27\nHEALTHCHECK CMD curl -fs http://localhost/ || exit 1',
    'FROM scratch\nHEALTHCHECK NONE',
    { name: 'a builder stage needs none', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app\nHEALTHCHECK CMD ["/app", "health"]' },
    { name: 'inherited from the parent stage', code: 'FROM nginx:1.27 AS base\nHEALTHCHECK CMD curl -f http://localhost/\nFROM base\nCOPY site/ /usr/share/nginx/html/' },
    { name: 'inherited through two stages', code: 'FROM nginx:1.27 AS a\nHEALTHCHECK NONE\nFROM a AS b\nFROM b' },
    { name: 'exec form', code: 'FROM alpine:3.20\nHEALTHCHECK --interval=30s CMD ["wget", "-qO-", "http://localhost/"]' },
  ],
  invalid: [
    { code: 'FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/', errors: [{ line: 1, column: 6, endColumn: 16, message: /no `HEALTHCHECK`/ }] },
    { name: 'scratch', code: 'FROM scratch', errors: [{ line: 1, column: 6, message: 'The image has no `HEALTHCHECK`: add one, or `HEALTHCHECK NONE` to say it needs none' }] },
    { name: 'only the final stage of a build', code: 'FROM golang:1.23 AS build\nRUN go build -o /app .\nFROM alpine:3.20\nCOPY --from=build /app /app', errors: [{ line: 3, column: 6, message: 'The image has no `HEALTHCHECK`: add one, or `HEALTHCHECK NONE` to say it needs none' }] },
    {
      name: 'a stage nothing uses can be a --target',
      code: 'FROM alpine:3.20 AS debug\nRUN apk add --no-cache gdb\nFROM alpine:3.20\nHEALTHCHECK NONE',
      errors: [{ line: 1, column: 6, endColumn: 17, message: 'The image has no `HEALTHCHECK`: add one, or `HEALTHCHECK NONE` to say it needs none' }],
    },
    { name: 'a parent without one', code: 'FROM nginx:1.27 AS base\nFROM base\nRUN true', errors: [{ line: 2, column: 6, message: 'The image has no `HEALTHCHECK`: add one, or `HEALTHCHECK NONE` to say it needs none' }] },
    { name: 'an ONBUILD HEALTHCHECK is for child images', code: 'FROM alpine:3.20\nONBUILD HEALTHCHECK NONE', errors: [{ line: 1, column: 6, message: 'The image has no `HEALTHCHECK`: add one, or `HEALTHCHECK NONE` to say it needs none' }] },
  ],
});
