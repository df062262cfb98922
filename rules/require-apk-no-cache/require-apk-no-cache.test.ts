import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-apk-no-cache.js';

testRule(rule, {
  valid: [
    { name: 'a builder stage whose binary alone is copied out', code: 'FROM alpine:3.20 AS build\nRUN apk add --update clang make\nRUN make -C /src\nFROM scratch\nCOPY --from=build /src/build/tool /usr/bin/tool' },
    'FROM alpine:3.20\nRUN apk add --no-cache curl',
    'FROM alpine:3.20\nRUN apk --no-cache add curl',
    'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc && apk del .build-deps',
    'FROM alpine:3.20\nRUN apk del curl',
    'FROM alpine:3.20\nRUN apk info -vv',
    'FROM alpine:3.20\nRUN echo apk add curl',
    'FROM alpine:3.20\nRUN ["apk", "add", "--no-cache", "curl"]',
    { name: 'apk add --no-network downloads nothing', code: 'FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $deps' },
    { name: 'cache mount on /var/cache/apk', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl' },
    { name: 'cache mount on a parent', code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache apk update && apk add curl' },
    { name: 'tmpfs mount', code: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/var/cache/apk apk add curl' },
    {
      name: 'package cache enabled on a cache mount',
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl',
    },
    { name: 'cache deleted afterwards', code: 'FROM alpine:3.20\nRUN apk add -U curl && rm -rf /var/cache/apk/*' },
    { name: 'cache folder deleted', code: 'FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk' },
    { name: 'deleted after the removal of build deps', code: 'FROM alpine:3.20\nRUN apk add gcc && make && apk del gcc && rm -rf /var/cache/apk/*' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN apk add curl' },
  ],
  invalid: [
    {
      name: 'a stage copied whole into the last one',
      code: 'FROM alpine:3.20 AS rootfs\nRUN apk add curl ca-certificates\nFROM scratch\nCOPY --from=rootfs / /',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20 AS rootfs\nRUN apk add --no-cache curl ca-certificates\nFROM scratch\nCOPY --from=rootfs / /',
    },
    {
      name: 'a stage the last one is built on',
      code: 'FROM alpine:3.20 AS base\nRUN apk add tini\nFROM base\nCOPY app /app',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20 AS base\nRUN apk add --no-cache tini\nFROM base\nCOPY app /app',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk add curl',
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 12, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
    },
    {
      code: 'FROM alpine:3.20\nRUN apk update && apk add -U curl=8.9.1-r0',
      errors: [{ line: 2, column: 23, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN apk update && apk add --no-cache -U curl=8.9.1-r0',
    },
    {
      name: 'deleting something else',
      code: 'FROM alpine:3.20\nRUN apk add curl && rm -rf /tmp/*',
      errors: [{ line: 2, column: 9, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl && rm -rf /tmp/*',
    },
    {
      name: 'deleting the cache before installing',
      code: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add curl',
      errors: [{ line: 2, column: 36, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache curl',
    },
    {
      name: 'deleting the cache before the last update',
      code: 'FROM alpine:3.20\nRUN apk add curl && rm -rf /var/cache/apk/* && apk update',
      errors: [{ line: 2, column: 9, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl && rm -rf /var/cache/apk/* && apk update',
    },
    {
      name: 'a cache mount elsewhere',
      code: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add curl',
      errors: [{ line: 2, column: 48, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN --mount=type=cache,target=/root/.cache apk add --no-cache curl',
    },
    {
      name: 'a bind mount on the cache',
      code: 'FROM alpine:3.20\nRUN --mount=type=bind,target=/var/cache/apk apk add curl',
      errors: [{ line: 2, column: 49, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN --mount=type=bind,target=/var/cache/apk apk add --no-cache curl',
    },
    {
      name: 'packages in a variable, through xargs',
      code: 'FROM alpine:3.20\nARG PKGS\nRUN apk add $PKGS && echo "$EXTRA" | xargs -r apk add',
      errors: [{ line: 3, column: 9, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }, { line: 3, column: 51, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nARG PKGS\nRUN apk add --no-cache $PKGS && echo "$EXTRA" | xargs -r apk add --no-cache',
    },
    {
      name: 'exec form',
      code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]',
      errors: [{ line: 2, column: 13, endColumn: 18, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN ["apk", "add", "--no-cache", "curl"]',
    },
    {
      name: 'heredoc',
      code: 'FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF',
      errors: [{ line: 4, column: 5, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF',
    },
    {
      name: 'ONBUILD',
      code: 'FROM alpine:3.20\nONBUILD RUN apk add curl',
      errors: [{ line: 2, column: 17, message: 'Use `apk add --no-cache` so the package index is not kept in the image' }],
      output: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl',
    },
  ],
});
