import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-invalid-default-arg-in-from.js';

const message = (image: string, value: string) =>
  `With the defaults of the global ARGs, the image \`${image}\` is ${value === '' ? 'empty' : `\`${value}\`, not a valid image name`}: give the ARG a default that names an image`;

testRule(rule, {
  valid: [
    'FROM busybox:1.37',
    { name: 'default makes a valid name', code: 'ARG TAG=1.37\nFROM busybox:${TAG}' },
    { name: 'default of a whole image', code: 'ARG IMAGE=ghcr.io/acme/app:1.2@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM $IMAGE' },
    { name: 'a default from another ARG', code: 'ARG VERSION=3.12\nARG IMAGE=python:${VERSION}-slim\nFROM ${IMAGE}' },
    { name: 'a modifier supplies the default', code: 'ARG TAG\nFROM busybox:${TAG:-1.37}' },
    { name: 'optional suffix left empty', code: 'ARG VARIANT\nFROM node:22${VARIANT}' },
    { name: 'predefined platform ARGs have values', code: 'FROM acme/base-${TARGETARCH}:1' },
    { name: 'undeclared variable is DF2003', code: 'FROM busybox:${TAG}' },
    { name: 'stage named by a default', code: 'ARG BASE=build\nFROM alpine:3.20 AS build\nFROM ${BASE}' },
    { name: 'a substitution BuildKit cannot read fails the build first', code: 'ARG VARIANT="${templateOption:imageVariant}"\nFROM ruby:${VARIANT}' },
    { name: 'build args do not change the check, which uses defaults: none needed here', code: 'ARG TAG=1.37\nFROM busybox:${TAG}', buildArgs: { TAG: '' } },
  ],
  invalid: [
    {
      name: 'ARG without default leaves an empty tag',
      code: 'ARG TAG\nFROM busybox:${TAG}',
      errors: [{ line: 2, column: 6, endColumn: 20, message: message('busybox:${TAG}', 'busybox:') }],
    },
    {
      name: 'ARG without default is the whole image',
      code: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE} AS base',
      errors: [{ line: 2, column: 6, endColumn: 19, message: message('${BASE_IMAGE}', '') }],
    },
    {
      name: 'build args are ignored, as BuildKit ignores them for this check',
      code: 'ARG BASE_IMAGE\nFROM ${BASE_IMAGE}',
      buildArgs: { BASE_IMAGE: 'alpine:3.20' },
      errors: [{ line: 2, column: 6, message: message('${BASE_IMAGE}', '') }],
    },
    {
      name: 'upper-case repository',
      code: 'ARG NAME=Acme/App\nFROM ${NAME}:1',
      errors: [{ line: 2, column: 6, message: message('${NAME}:1', 'Acme/App:1') }],
    },
    {
      name: 'tag starting with a dash',
      code: 'ARG GOLANG_VERSION\nFROM --platform=$BUILDPLATFORM golang:${GOLANG_VERSION}-alpine3.20 AS build',
      errors: [{ line: 2, column: 32, message: message('golang:${GOLANG_VERSION}-alpine3.20', 'golang:-alpine3.20') }],
    },
    {
      name: 'template placeholder',
      code: 'ARG IMAGE=alpine:%%ALPINE_VERSION%%\nFROM $IMAGE',
      errors: [{ line: 2, column: 6, message: message('$IMAGE', 'alpine:%%ALPINE_VERSION%%') }],
    },
  ],
});
