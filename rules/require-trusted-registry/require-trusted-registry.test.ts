import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-trusted-registry.js';

const hub = { trustedRegistries: ['docker.io'] };
const corp = { trustedRegistries: ['registry.example.com'] };
const wildcard = { trustedRegistries: ['*.example.com'] };
const prefix = { trustedRegistries: ['registry*'] };

testRule(rule, {
  valid: [
    { name: 'no trusted registries configured: the rule is off', code: 'FROM random.example.org/debian:12' },
    { code: 'FROM debian:12', settings: hub },
    { code: 'FROM user/app:1.0', settings: hub },
    { code: 'FROM docker.io/library/debian:12', settings: hub },
    { name: 'index.docker.io is Docker Hub', code: 'FROM index.docker.io/library/debian:12', settings: hub },
    { name: 'hub.docker.com trusts Docker Hub (hadolint)', code: 'FROM debian:12', settings: { trustedRegistries: ['hub.docker.com'] } },
    { name: 'hub.docker.com trusts explicit docker.io', code: 'FROM docker.io/debian:12', settings: { trustedRegistries: ['hub.docker.com'] } },
    { code: 'FROM registry.example.com/debian:12', settings: corp },
    { name: 'registry names are case-insensitive', code: 'FROM Registry.Example.com/debian:12', settings: corp },
    { name: 'a pattern without a port matches any port', code: 'FROM registry.example.com:5000/debian:12', settings: corp },
    { code: 'FROM foo.example.com/debian:12', settings: wildcard },
    { code: 'FROM a.b.example.com/debian:12', settings: wildcard },
    { code: 'FROM registry-1.internal/debian:12', settings: prefix },
    { code: 'FROM ghcr.io/org/app:1', settings: { trustedRegistries: ['*'] } },
    { code: 'FROM localhost:5000/app:1', settings: { trustedRegistries: ['localhost:5000'] } },
    { code: 'FROM scratch\nCOPY app /', settings: corp },
    { name: 'stages are always allowed', code: 'FROM registry.example.com/golang:1.22 AS build\nRUN make\nFROM build AS test\nRUN make test', settings: corp },
    { name: 'stage alias compared case-insensitively', code: 'FROM registry.example.com/golang:1.22 AS Build\nFROM build', settings: corp },
    { name: 'COPY --from a stage', code: 'FROM registry.example.com/golang:1.22 AS build\nFROM registry.example.com/alpine:3\nCOPY --from=build /app /app', settings: corp },
    { name: 'COPY --from a stage index', code: 'FROM registry.example.com/golang:1.22\nFROM registry.example.com/alpine:3\nCOPY --from=0 /app /app', settings: corp },
    { name: 'COPY --from a trusted image', code: 'FROM registry.example.com/alpine:3\nCOPY --from=registry.example.com/tools:1 /bin/tool /bin/', settings: corp },
    { name: 'RUN --mount from a stage', code: 'FROM registry.example.com/golang:1.22 AS build\nFROM registry.example.com/alpine:3\nRUN --mount=type=bind,from=build,target=/src make', settings: corp },
    { name: 'RUN --mount without from', code: 'FROM registry.example.com/alpine:3\nRUN --mount=type=cache,target=/root/.cache make', settings: corp },
    { name: 'registry from a build argument without default', code: 'ARG REGISTRY\nFROM ${REGISTRY}/debian:12', settings: corp },
    { name: 'whole image from a build argument without default', code: 'ARG IMAGE\nFROM $IMAGE', settings: corp },
    { name: 'registry from a build argument default', code: 'ARG REGISTRY=registry.example.com\nFROM ${REGISTRY}/debian:12', settings: corp },
    { name: 'tag from a build argument, trusted registry', code: 'ARG TAG\nFROM registry.example.com/debian:${TAG}', settings: corp },
    { name: 'FROM a stage through a build argument', code: 'FROM registry.example.com/alpine:3 AS base-prod\nARG VARIANT=prod\nFROM base-${VARIANT}', settings: corp },
    { name: 'COPY --from with a variable is not expanded', code: 'FROM registry.example.com/alpine:3\nARG SRC\nCOPY --from=${SRC} /a /a', settings: corp },
    { name: 'platform flag', code: 'FROM --platform=$BUILDPLATFORM registry.example.com/golang:1.22', settings: corp },
  ],
  invalid: [
    {
      code: 'FROM random.example.org/debian:12',
      settings: hub,
      errors: [{ line: 1, column: 6, endColumn: 24, message: 'Image `random.example.org/debian:12` comes from `random.example.org`, which is not in `trustedRegistries`; use an image from a trusted registry' }],
    },
    {
      name: 'Docker Hub image points at the whole word',
      code: 'FROM debian:12',
      settings: corp,
      errors: [{ line: 1, column: 6, endColumn: 15, message: 'Image `debian:12` comes from Docker Hub (`docker.io`), which is not in `trustedRegistries`; use an image from a trusted registry' }],
    },
    { name: 'user/image is Docker Hub', code: 'FROM user/app:1', settings: corp, errors: [{ line: 1, column: 6, endColumn: 16, message: /Docker Hub/ }] },
    { name: '*.example.com does not match example.com itself', code: 'FROM example.com/app:1', settings: wildcard, errors: [{ line: 1, column: 6, endColumn: 17, message: 'Image `example.com/app:1` comes from `example.com`, which is not in `trustedRegistries`; use an image from a trusted registry' }] },
    { name: 'suffix must match', code: 'FROM example.com.evil.io/app:1', settings: wildcard, errors: [{ line: 1, column: 6, endColumn: 25, message: 'Image `example.com.evil.io/app:1` comes from `example.com.evil.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }] },
    { name: 'prefix pattern', code: 'FROM myregistry.io/app:1', settings: prefix, errors: [{ line: 1, column: 6, endColumn: 19, message: 'Image `myregistry.io/app:1` comes from `myregistry.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }] },
    { name: 'exact pattern is not a prefix', code: 'FROM registry.example.com.evil.io/app:1', settings: corp, errors: [{ line: 1, column: 6, message: 'Image `registry.example.com.evil.io/app:1` comes from `registry.example.com.evil.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }] },
    { name: 'localhost is a registry (Docker)', code: 'FROM localhost:5000/app:1', settings: hub, errors: [{ line: 1, column: 6, endColumn: 20, message: /`localhost:5000`/ }] },
    { name: 'a pattern with a port needs that port', code: 'FROM registry.example.com:5001/app:1', settings: { trustedRegistries: ['registry.example.com:5000'] }, errors: [{ line: 1, column: 6, endColumn: 31, message: 'Image `registry.example.com:5001/app:1` comes from `registry.example.com:5001`, which is not in `trustedRegistries`; use an image from a trusted registry' }] },
    {
      name: 'every stage is checked',
      code: 'FROM golang:1.22 AS build\nRUN make\nFROM registry.example.com/alpine:3\nFROM quay.io/app:1',
      settings: corp,
      errors: [{ line: 1, column: 6, endColumn: 17, message: 'Image `golang:1.22` comes from Docker Hub (`docker.io`), which is not in `trustedRegistries`; use an image from a trusted registry' }, { line: 4, column: 6, endColumn: 13, message: 'Image `quay.io/app:1` comes from `quay.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }],
    },
    {
      name: 'COPY --from an external image',
      code: 'FROM registry.example.com/alpine:3\nCOPY --from=ghcr.io/org/tools:1 /bin/tool /bin/',
      settings: corp,
      errors: [{ line: 2, column: 13, endColumn: 20, message: /Image `ghcr\.io\/org\/tools:1` comes from `ghcr\.io`/ }],
    },
    {
      name: 'COPY --from a Docker Hub image',
      code: 'FROM registry.example.com/alpine:3\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx',
      settings: corp,
      errors: [{ line: 2, column: 13, endColumn: 23, message: /Docker Hub/ }],
    },
    {
      name: 'RUN --mount from an external image',
      code: 'FROM registry.example.com/alpine:3\nRUN --mount=type=bind,from=quay.io/org/src:1,target=/src make',
      settings: corp,
      errors: [{ line: 2, column: 28, endColumn: 35, message: 'Image `quay.io/org/src:1` comes from `quay.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }],
    },
    {
      name: 'RUN --mount cache from an external image, on a continuation line',
      code: 'FROM registry.example.com/alpine:3\nRUN --mount=type=cache,target=/c \\\n    --mount=from=alpine:3,target=/x make',
      settings: corp,
      errors: [{ line: 3, column: 18, endColumn: 26, message: 'Image `alpine:3` comes from Docker Hub (`docker.io`), which is not in `trustedRegistries`; use an image from a trusted registry' }],
    },
    {
      name: 'registry resolved from a build argument default',
      code: 'ARG REGISTRY=quay.io\nFROM ${REGISTRY}/debian:12',
      settings: corp,
      errors: [{ line: 2, column: 6, endColumn: 27, message: 'Image `${REGISTRY}/debian:12` (`quay.io/debian:12`) comes from `quay.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }],
    },
    { name: 'tag from a build argument: still Docker Hub', code: 'ARG NODE_VERSION\nFROM node:${NODE_VERSION}-alpine', settings: corp, errors: [{ line: 2, column: 6, endColumn: 33, message: /Docker Hub/ }] },
    { name: 'name from a build argument after a literal registry', code: 'ARG NAME\nFROM quay.io/${NAME}:1', settings: corp, errors: [{ line: 2, column: 6, endColumn: 13, message: 'Image `quay.io/${NAME}:1` comes from `quay.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }] },
    { name: 'digest', code: 'FROM quay.io/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef', settings: corp, errors: [{ line: 1, column: 6, endColumn: 13, message: 'Image `quay.io/app@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef` comes from `quay.io`, which is not in `trustedRegistries`; use an image from a trusted registry' }] },
  ],
});
