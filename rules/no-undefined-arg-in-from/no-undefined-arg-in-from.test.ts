import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-undefined-arg-in-from.js';

const notGlobal = (name: string, suggestion?: string) =>
  `\`$${name}\` is not a global ARG${suggestion ? ` (did you mean \`$${suggestion}\`?)` : ''}, so it is empty in FROM: declare it with \`ARG ${name}\` before the first FROM`;

testRule(rule, {
  valid: [
    'FROM node:22',
    { name: 'global ARG with default', code: 'ARG VARIANT=-alpine\nFROM node:22${VARIANT}' },
    { name: 'global ARG without default', code: 'ARG IMAGE\nFROM $IMAGE' },
    { name: 'predefined platform ARGs', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM base-${TARGETARCH}${TARGETVARIANT}' },
    { name: 'predefined OS version and stage name', code: 'FROM image:${TARGETOSVERSION}-${TARGETSTAGE}' },
    { name: 'escaped dollar is not a variable', code: 'FROM image:\\$TAG' },
    { name: 'ARG declared in a stage does not count, but one before the first FROM does', code: 'ARG TAG=1\nFROM alpine:3.20\nARG TAG\nFROM busybox:$TAG' },
    { name: 'a build arg of a declared ARG', code: 'ARG TAG\nFROM busybox:$TAG', buildArgs: { TAG: '1.37' } },
  ],
  invalid: [
    {
      code: 'FROM node:22${VARIANT}',
      errors: [{ line: 1, column: 13, endColumn: 23, message: notGlobal('VARIANT') }],
    },
    {
      name: 'declared in a stage only',
      code: 'FROM alpine:3.20 AS base\nARG TAG=1.37\nFROM busybox:${TAG}',
      errors: [{ line: 3, column: 14, endColumn: 20, message: notGlobal('TAG') }],
    },
    {
      name: 'declared after its use',
      code: 'FROM alpine:${TAG}\nARG TAG=3.20',
      errors: [{ line: 1, column: 13, message: notGlobal('TAG') }],
    },
    {
      name: 'misspelt platform ARG',
      code: 'FROM --platform=$BUILDPLATFROM golang:1.23 AS build',
      errors: [{ line: 1, column: 17, endColumn: 31, message: notGlobal('BUILDPLATFROM', 'BUILDPLATFORM') }],
    },
    {
      name: 'misspelt global ARG',
      code: 'ARG NODE_VERSION=22\nFROM node:${NODE_VERSON}',
      errors: [{ line: 2, column: 11, message: notGlobal('NODE_VERSON', 'NODE_VERSION') }],
    },
    {
      name: 'a default value does not declare it',
      code: 'FROM ${BASE:-alpine:3.20}',
      errors: [{ line: 1, column: 6, endColumn: 26, message: notGlobal('BASE') }],
    },
    {
      name: 'a build arg does not declare it',
      code: 'FROM node:22${VARIANT}',
      buildArgs: { VARIANT: '-alpine' },
      errors: [{ line: 1, column: 13, message: notGlobal('VARIANT') }],
    },
  ],
});
