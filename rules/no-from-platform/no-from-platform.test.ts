import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-from-platform.js';

testRule(rule, {
  valid: [
    'FROM debian:12',
    'FROM --platform=$BUILDPLATFORM golang:1.23 AS build',
    'FROM --platform=${TARGETPLATFORM} debian:12',
    { name: 'OS and architecture ARGs', code: 'FROM --platform=$BUILDOS/$BUILDARCH golang:1.23 AS build' },
    { name: 'fixed OS, target architecture', code: 'FROM --platform=linux/${TARGETARCH} alpine:3.20' },
    { name: 'ARG without default', code: 'ARG PLATFORM\nFROM --platform=$PLATFORM debian:12' },
    { name: 'ARG without default given as a build arg', code: 'ARG PLATFORM\nFROM --platform=$PLATFORM debian:12', buildArgs: { PLATFORM: 'linux/arm64' } },
    { name: 'ARG defaulting to the build platform', code: 'ARG PLATFORM=$BUILDPLATFORM\nFROM --platform=$PLATFORM debian:12' },
    { name: 'stage named after its architecture', code: 'FROM --platform=linux/arm64 almalinux:8 AS base-arm64' },
    { name: 'stage named after its architecture (scratch)', code: 'FROM --platform=linux/amd64 scratch AS amd64' },
    { name: 'stage named after its architecture, upper case', code: 'FROM --platform=linux/riscv64 alpine:3.20 AS Alpine-RISCV64' },
    { name: 'redeclared automatic ARG', code: 'ARG TARGETARCH=amd64\nFROM --platform=linux/$TARGETARCH alpine:3.20' },
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 debian:12',
      errors: [{ line: 1, column: 17, endLine: 1, endColumn: 28, message: '`FROM --platform=linux/amd64` builds this stage for `linux/amd64` whatever platform the build targets: use `$BUILDPLATFORM` for build tools, or leave the platform to `docker build --platform`' }],
    },
    { name: 'architecture only', code: 'FROM --platform=amd64 debian:12 AS prepare', errors: [{ line: 1, column: 17, endColumn: 22, message: '`FROM --platform=amd64` builds this stage for `amd64` whatever platform the build targets: use `$BUILDPLATFORM` for build tools, or leave the platform to `docker build --platform`' }] },
    { name: 'stage named otherwise', code: 'FROM --platform=linux/arm/v7 ubuntu:22.04 AS installer-env', errors: [{ line: 1, column: 17, message: '`FROM --platform=linux/arm/v7` builds this stage for `linux/arm/v7` whatever platform the build targets: use `$BUILDPLATFORM` for build tools, or leave the platform to `docker build --platform`' }] },
    { name: 'user ARG with a default, whatever the build arg', code: 'ARG GOARCH=amd64\nFROM --platform=linux/${GOARCH} alpine:3.20', buildArgs: { GOARCH: 'arm64' }, errors: [{ line: 2, column: 17, message: /for `linux\/arm64`/ }] },
    { name: 'user ARG with a default', code: 'ARG GOARCH=amd64\nFROM --platform=linux/${GOARCH} alpine:3.20', errors: [{ line: 2, column: 17, message: /for `linux\/amd64`/ }] },
    { name: 'in a later stage', code: 'FROM debian:12 AS a\nFROM --platform=linux/arm64 debian:12 AS final', errors: [{ line: 2, column: 17, message: '`FROM --platform=linux/arm64` builds this stage for `linux/arm64` whatever platform the build targets: use `$BUILDPLATFORM` for build tools, or leave the platform to `docker build --platform`' }] },
    { name: 'lower-case flag keyword', code: 'from --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022', errors: [{ line: 1, column: 17, message: '`FROM --platform=windows/amd64` builds this stage for `windows/amd64` whatever platform the build targets: use `$BUILDPLATFORM` for build tools, or leave the platform to `docker build --platform`' }] },
  ],
});
