import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-unused-stage.js';

const BUILD = 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\n';

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN true',
    { name: 'copied from by alias', code: `${BUILD}FROM alpine:3.20\nCOPY --from=build /out/app /app` },
    { name: 'copied from by alias, other case', code: `${BUILD}FROM alpine:3.20\nCOPY --from=Build /out/app /app` },
    { name: 'copied from by index', code: `${BUILD}FROM alpine:3.20\nCOPY --from=0 /out/app /app` },
    { name: 'built on', code: `${BUILD}FROM build AS test\nRUN go test ./...\nFROM alpine:3.20\nCOPY --from=test /out/app /app` },
    { name: 'mounted', code: `${BUILD}FROM alpine:3.20\nRUN --mount=from=build,source=/out,target=/mnt cp /mnt/app /app` },
    { name: 'copied from by an earlier stage', code: `FROM alpine:3.20 AS app\nCOPY --from=build /out/app /app\n${BUILD}FROM alpine:3.20\nCOPY --from=app /app /app` },
    { name: 'selected by a build argument', code: 'FROM alpine:3.20 AS base-amd64\nRUN true\nFROM alpine:3.20 AS base-arm64\nRUN true\nFROM base-${TARGETARCH}' },
    { name: 'selected by an ARG that has a default', code: 'ARG ENV=prod\nFROM node:22 AS deps-dev\nRUN npm ci\nFROM node:22 AS deps-prod\nRUN npm ci --omit=dev\nFROM deps-${ENV}' },
    { name: 'a target named dev', code: 'FROM node:22 AS dev\nRUN npm ci\nFROM node:22 AS prod\nRUN npm ci --omit=dev\nCMD ["node", "server.js"]' },
    { name: 'a target named with a target word', code: 'FROM node:22 AS unit-test\nRUN npm test\nFROM node:22\nRUN npm ci' },
    { name: 'a stage that runs something', code: 'FROM node:22 AS api\nRUN npm ci\nCMD ["node", "api.js"]\nFROM node:22 AS worker\nRUN npm ci\nCMD ["node", "worker.js"]' },
    { name: 'a stage that exposes a port', code: 'FROM nginx:1.27 AS web\nCOPY site /usr/share/nginx/html\nEXPOSE 80\nFROM alpine:3.20' },
    { name: 'an export stage', code: `${BUILD}FROM scratch AS binaries\nCOPY --from=build /out/app /\nFROM alpine:3.20\nCOPY --from=build /out/app /app` },
    { name: 'a stage built on another stage', code: `${BUILD}FROM build AS lint\nRUN golangci-lint run\nFROM alpine:3.20\nCOPY --from=build /out/app /app` },
    { name: 'a stage that copies from an image', code: 'FROM alpine:3.20 AS tools\nCOPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/uv\nFROM alpine:3.20' },
    { name: 'the --target stage is built', code: `${BUILD}FROM alpine:3.20\nCOPY app /app`, target: 'build' },
    { name: 'a stage the config names as a target', code: `${BUILD}FROM alpine:3.20\nCOPY app /app`, settings: { targets: ['BUILD'] } },
    { name: 'the last stage stays a target when --target names another', code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20 AS packed\nCOPY app /app', target: 'build' },
    { name: 'an empty named stage', code: 'FROM cypress/factory:4 AS default_image\nFROM cypress/factory:4 AS included_image\nENTRYPOINT ["cypress", "run"]' },
  ],
  invalid: [
    {
      name: 'a stage no target reaches, with --target and a config target naming others',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM golang:1.23 AS gen\nRUN go generate ./...\nFROM alpine:3.20 AS packed\nCOPY app /app',
      target: 'packed',
      settings: { targets: ['build'] },
      errors: [{ line: 3, column: 21, endColumn: 24, message: 'Stage `gen` is never used: no stage builds on it (`FROM gen`) or copies from it (`--from=gen`); use it or remove it' }],
    },
    {
      name: 'a forgotten builder',
      code: `${BUILD}FROM alpine:3.20\nCOPY app /app`,
      errors: [{
        line: 1, column: 21, endLine: 1, endColumn: 26,
        message: 'Stage `build` is never used: no stage builds on it (`FROM build`) or copies from it (`--from=build`); use it or remove it',
      }],
    },
    {
      name: 'an unnamed stage cannot be a target',
      code: 'FROM golang:1.23\nRUN go build -o /out/app .\nCMD ["/out/app"]\nFROM alpine:3.20\nCOPY app /app',
      errors: [{ line: 1, column: 1, endColumn: 5, message: 'Stage 0 is never used: it has no name and no stage copies from it (`--from=0`); use it or remove it' }],
    },
    {
      name: '--from without = is no reference',
      code: 'FROM alpine:3 AS build\nRUN make\nFROM nginx:alpine\nCOPY --from build /app/public /usr/share/nginx/html',
      errors: [{ line: 1, column: 18, endColumn: 23, message: 'Stage `build` is never used: no stage builds on it (`FROM build`) or copies from it (`--from=build`); use it or remove it' }],
    },
    {
      name: 'every unused stage but the last',
      code: 'FROM alpine:3.20\nRUN true\nFROM alpine:3.20 AS fetch\nRUN wget -q https://example.com/a\nFROM alpine:3.20',
      errors: [{ line: 1, column: 1, message: 'Stage 0 is never used: it has no name and no stage copies from it (`--from=0`); use it or remove it' }, { line: 3, column: 21, message: 'Stage `fetch` is never used: no stage builds on it (`FROM fetch`) or copies from it (`--from=fetch`); use it or remove it' }],
    },
    {
      name: 'an unnamed stage with CMD',
      code: 'FROM alpine:3.20\nCMD ["sh"]\nFROM alpine:3.20',
      errors: [{ line: 1, column: 1, message: 'Stage 0 is never used: it has no name and no stage copies from it (`--from=0`); use it or remove it' }],
    },
  ],
});
