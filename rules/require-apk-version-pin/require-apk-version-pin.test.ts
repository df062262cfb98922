import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-apk-version-pin.js';

testRule(rule, {
  valid: [
    'FROM alpine:3.20\nRUN apk add --no-cache curl=8.9.1-r0',
    'FROM alpine:3.20\nRUN apk add --no-cache git~2.45',
    'FROM alpine:3.20\nRUN apk add --no-cache "curl>8.0" "curl<9"',
    'FROM alpine:3.20\nRUN apk add --no-cache --allow-untrusted /tmp/pkg.apk',
    'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps gcc=13.2.1_git20240309-r0',
    'FROM alpine:3.20\nRUN apk add --no-cache -t .deps gcc~13',
    'FROM alpine:3.20\nRUN apk add --no-cache --virtual=.deps gcc~13',
    'FROM alpine:3.20\nRUN apk add --no-cache -X https://dl-cdn.alpinelinux.org/alpine/edge/testing foo=1.0-r0',
    'FROM alpine:3.20\nRUN apk add --no-cache --repository=http://x/edge/main foo=1.0-r0',
    'FROM alpine:3.20\nRUN apk del curl',
    'FROM alpine:3.20\nRUN apk update',
    'FROM alpine:3.20\nRUN echo apk add curl',
    { name: 'a forbidden package is no install (hadolint #956)', code: 'FROM alpine:3.20\nRUN apk add --no-cache python3~3.12 !pyc' },
    { name: 'ARG value pins every package (hadolint #393)', code: 'FROM alpine:3.20\nARG PKGS="curl~8.9 git~2.45"\nRUN apk add --no-cache $PKGS' },
    { name: 'ARG without default is not judged', code: 'FROM alpine:3.20\nARG PKGS\nRUN apk add --no-cache ${PKGS}' },
    { name: 'version from an ENV', code: 'FROM alpine:3.20\nENV CURL_VERSION=8.9.1-r0\nRUN apk add --no-cache curl=${CURL_VERSION}' },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["apk", "add", "--no-cache", "curl~8"]' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN apk add curl' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nRUN apk add --no-cache curl',
      errors: [{ line: 2, column: 24, endLine: 2, endColumn: 28, message: 'Pin the version of `curl`: `apk add curl=<version>` or `curl~<version>`' }],
    },
    {
      name: 'virtual name is not a package, the others are',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps \\\n    gcc \\\n    musl-dev~1.2',
      errors: [{ line: 3, column: 5, endColumn: 8, message: 'Pin the version of `gcc`: `apk add gcc=<version>` or `gcc~<version>`' }],
    },
    { name: 'repository value is not a package', code: 'FROM alpine:3.20\nRUN apk add -X http://x/edge/testing foo', errors: [{ line: 2, column: 38, message: 'Pin the version of `foo`: `apk add foo=<version>` or `foo~<version>`' }] },
    { name: 'repository tag is no version', code: 'FROM alpine:3.20\nRUN apk add --no-cache foo@testing', errors: [{ line: 2, column: 24, message: 'Pin the version of `foo@testing`: `apk add foo@testing=<version>` or `foo@testing~<version>`' }] },
    {
      name: 'ARG value expanded',
      code: 'FROM alpine:3.20\nARG PKGS="curl~8.9 git"\nRUN apk add --no-cache $PKGS',
      errors: [{
        line: 3, column: 24, endColumn: 29,
        message: 'Pin the version of `git`: `apk add git=<version>` or `git~<version>`',
        related: [{ line: 3, column: 24, endColumn: 29, message: '`git` (from `$PKGS`) has no pinned version' }],
      }],
    },
    {
      name: 'value assigned in the script',
      code: "FROM alpine:3.20\nRUN deps='gcc make~4' && apk add --no-cache --virtual .deps $deps",
      errors: [{
        line: 2, column: 61, endColumn: 66,
        message: 'Pin the version of `gcc`: `apk add gcc=<version>` or `gcc~<version>`',
        related: [{ line: 2, column: 61, endColumn: 66, message: '`gcc` (from `$deps`) has no pinned version' }],
      }],
    },
    {
      name: 'one finding per apk add, at its first unpinned package (paraphrased from a build stage)',
      code: 'FROM alpine:3.20\nRUN apk add --no-cache --virtual .build-deps \\\n        gcc \\\n        libffi-dev \\\n        musl-dev~1.2 \\\n        openssl-dev \\\n    && apk add --no-cache tini',
      errors: [
        {
          line: 3, column: 9, endColumn: 12,
          message: 'Pin the versions of `gcc`, `libffi-dev` and `openssl-dev`: `apk add gcc=<version>` or `gcc~<version>`',
          related: [
            { line: 3, column: 9, endColumn: 12, message: '`gcc` has no pinned version' },
            { line: 4, column: 9, endColumn: 19, message: '`libffi-dev` has no pinned version' },
            { line: 6, column: 9, endColumn: 20, message: '`openssl-dev` has no pinned version' },
          ],
        },
        { line: 7, column: 27, endColumn: 31, message: 'Pin the version of `tini`: `apk add tini=<version>` or `tini~<version>`' },
      ],
    },
    { name: 'through sudo', code: 'FROM alpine:3.20\nRUN sudo apk add --no-cache curl', errors: [{ line: 2, column: 29, message: 'Pin the version of `curl`: `apk add curl=<version>` or `curl~<version>`' }] },
    { name: 'exec form', code: 'FROM alpine:3.20\nRUN ["apk", "add", "curl"]', errors: [{ line: 2, column: 20, endColumn: 26, message: 'Pin the version of `curl`: `apk add curl=<version>` or `curl~<version>`' }] },
    { name: 'heredoc', code: 'FROM alpine:3.20\nRUN <<EOF\napk add --no-cache curl\nEOF', errors: [{ line: 3, column: 20, message: 'Pin the version of `curl`: `apk add curl=<version>` or `curl~<version>`' }] },
    { name: 'ONBUILD', code: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl', errors: [{ line: 2, column: 32, message: 'Pin the version of `curl`: `apk add curl=<version>` or `curl~<version>`' }] },
  ],
});
