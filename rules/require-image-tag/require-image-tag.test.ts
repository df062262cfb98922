import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-image-tag.js';

testRule(rule, {
  valid: [
    'FROM debian:12',
    'FROM debian:12 AS build',
    'FROM ruby@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    'FROM localhost:5000/team/app:1.0',
    'FROM scratch',
    'FROM SCRATCH',
    { name: 'an earlier stage', code: 'FROM golang:1.23 AS build\nRUN go build\nFROM build' },
    { name: 'an earlier stage, other case', code: 'FROM golang:1.23 AS Build\nFROM build AS test' },
    { name: 'tag from an ARG default', code: 'ARG TAG=3.12\nFROM python:${TAG}' },
    { name: 'whole image from an ARG default', code: 'ARG IMAGE=python:3.12\nFROM ${IMAGE}' },
    { name: 'digest from an ARG default', code: 'ARG DIGEST=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\nFROM python@${DIGEST}' },
    { name: 'tag from an ARG without default', code: 'ARG TAG\nFROM python:${TAG}' },
    { name: 'image from an ARG without default', code: 'ARG IMAGE\nFROM $IMAGE' },
    { name: 'undeclared suffix may hold the tag', code: 'FROM python${VARIANT}' },
    { name: 'suffix with the tag', code: 'ARG VARIANT=:3.12-slim\nFROM python${VARIANT}' },
    { name: 'stage picked by a platform ARG', code: 'FROM alpine:3.20 AS base-amd64\nFROM alpine:3.20 AS base-arm64\nFROM base-${TARGETARCH} AS base' },
    { name: 'stage alias from an ARG default', code: 'ARG BASE=build\nFROM golang:1.23 AS build\nFROM ${BASE}' },
    { name: 'default in the reference', code: 'FROM node:${NODE_VERSION:-22}' },
    { name: 'platform flag', code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build' },
  ],
  invalid: [
    {
      code: 'FROM debian',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 12, message: 'Tag the image `debian` with an explicit version (`debian:<version>`) or pin its digest' }],
    },
    { code: 'FROM debian AS build\nRUN true', errors: [{ line: 1, column: 6, endColumn: 12, message: 'Tag the image `debian` with an explicit version (`debian:<version>`) or pin its digest' }] },
    { code: 'from debian', errors: [{ line: 1, column: 6, message: 'Tag the image `debian` with an explicit version (`debian:<version>`) or pin its digest' }] },
    { name: 'a registry port is not a tag', code: 'FROM localhost:5000/team/app', errors: [{ line: 1, column: 6, endColumn: 29, message: 'Tag the image `localhost:5000/team/app` with an explicit version (`localhost:5000/team/app:<version>`) or pin its digest' }] },
    { code: 'FROM --platform=$BUILDPLATFORM golang AS build', errors: [{ line: 1, column: 32, endColumn: 38, message: 'Tag the image `golang` with an explicit version (`golang:<version>`) or pin its digest' }] },
    {
      name: 'untagged ARG default',
      code: 'ARG IMAGE=python\nFROM ${IMAGE}',
      errors: [{ line: 2, column: 6, endColumn: 14, message: /`\$\{IMAGE\}` \(`python`\)/ }],
    },
    { name: 'a variable registry cannot hold the tag', code: 'ARG REGISTRY\nFROM ${REGISTRY}/python', errors: [{ line: 2, column: 6, message: 'Tag the image `${REGISTRY}/python` with an explicit version (`${REGISTRY}/python:<version>`) or pin its digest' }] },
    { name: 'a stage defined later is an image', code: 'FROM build\nFROM golang:1.23 AS build', errors: [{ line: 1, column: 6, endColumn: 11, message: 'Tag the image `build` with an explicit version (`build:<version>`) or pin its digest' }] },
    {
      name: 'every untagged stage',
      code: 'FROM node AS deps\nFROM deps AS build\nFROM nginx',
      errors: [{ line: 1, column: 6, message: 'Tag the image `node` with an explicit version (`node:<version>`) or pin its digest' }, { line: 3, column: 6, message: 'Tag the image `nginx` with an explicit version (`nginx:<version>`) or pin its digest' }],
    },
  ],
});
