import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-copy-from-undefined-stage.js';

const BUILD = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n';

testRule(rule, {
  valid: [
    { name: 'an earlier alias', code: `${BUILD}FROM alpine:3.20\nCOPY --from=build /out/app /app` },
    { name: 'an earlier alias, other case', code: `${BUILD}FROM alpine:3.20\nCOPY --from=BUILD /out/app /app` },
    { name: 'an earlier index', code: `${BUILD}FROM alpine:3.20\nCOPY --from=0 /out/app /app` },
    { name: 'an untagged external image', code: 'FROM alpine:3.20\nCOPY --from=nginx /etc/nginx/nginx.conf /etc/nginx.conf' },
    { name: 'a tagged external image', code: 'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx.conf' },
    { name: 'an image with a registry', code: 'FROM alpine:3.20\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv' },
    { name: 'a named build context', code: 'FROM alpine:3.20\nCOPY --from=templates /redis.yml /etc/redis.yml' },
    { name: 'a variable (BuildKit rejects it; not this rule)', code: 'ARG SRC=build\nFROM alpine:3.20\nCOPY --from=${SRC} /a /a' },
    { name: 'the current stage is DL3023', code: 'FROM alpine:3.20 AS app\nCOPY --from=app /a /b' },
    { name: 'the current index is DL3023', code: `${BUILD}FROM alpine:3.20\nCOPY --from=1 /a /b` },
    { name: 'RUN mounts are not COPY', code: 'FROM alpine:3.20\nRUN --mount=from=later,target=/src make\nFROM alpine:3.20 AS later' },
    { name: 'ONBUILD resolves in the downstream build', code: 'FROM alpine:3.20\nONBUILD COPY --from=build /out /out\nFROM golang:1.23 AS build' },
    { name: 'COPY without --from', code: 'FROM alpine:3.20\nCOPY build /build' },
  ],
  invalid: [
    {
      name: 'an alias defined later',
      code: 'FROM debian:12 AS app\nCOPY --from=build /out/app /usr/local/bin/app\n\nFROM golang:1.23 AS build',
      errors: [{
        line: 2, column: 13, endLine: 2, endColumn: 18,
        message: '`--from=build` is the alias of a stage defined later (line 4); define that stage before this one',
      }],
    },
    {
      name: 'an alias defined later, other case',
      code: 'FROM debian:12\nCOPY --link --from=Build /out/app /app\nFROM golang:1.23 AS build',
      errors: [{ line: 2, column: 20, endColumn: 25, message: '`--from=Build` is the alias of a stage defined later (line 3); define that stage before this one' }],
    },
    {
      // BuildKit maps a name to its last definition, so the stage's own alias names the later duplicate.
      name: 'an alias that a later stage defines again',
      code: 'FROM node:22 AS build\nCOPY --from=build /app /srv\nFROM node:22 AS build\nRUN true',
      errors: [{ line: 2, column: 13, endColumn: 18, message: '`--from=build` is the alias of a stage defined later (line 3); define that stage before this one' }],
    },
    {
      name: 'the index of a later stage',
      code: 'FROM debian:12\nCOPY --from=1 /out/app /app\nFROM golang:1.23',
      errors: [{ line: 2, column: 13, endColumn: 14, message: /index of a stage defined later \(line 3\)/ }],
    },
    {
      name: 'an index with no stage',
      code: `${BUILD}FROM alpine:3.20\nCOPY --from=2 /out/app /app`,
      errors: [{ line: 4, column: 13, endColumn: 14, message: '`--from=2` is not the index of any stage; use the name or index of an earlier stage' }],
    },
    {
      name: 'each bad reference',
      code: 'FROM alpine:3.20\nCOPY --from=5 /a /a\nCOPY --from=late /b /b\nFROM alpine:3.20 AS late',
      errors: [{ line: 2, column: 13, message: '`--from=5` is not the index of any stage; use the name or index of an earlier stage' }, { line: 3, column: 13, message: '`--from=late` is the alias of a stage defined later (line 4); define that stage before this one' }],
    },
  ],
});
