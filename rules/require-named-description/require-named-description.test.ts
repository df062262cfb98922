import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-named-description.js';

const fromMessage = (name: string) => `Comment for FROM should follow the format: \`# ${name} <description>\``;
const argMessage = (name: string) => `Comment for ARG should follow the format: \`# ${name} <description>\``;

testRule(rule, {
  valid: [
    { name: 'a description that starts with the stage name', code: '# build compiles the app\nFROM golang:1.23 AS build' },
    { name: 'a description that starts with the ARG key', code: '# VERSION of the release\nARG VERSION=1\nFROM alpine:3.20' },
    { name: 'one of several ARG keys', code: 'FROM alpine:3.20\n# B is the second one\nARG A=1 B=2' },
    { name: 'no comment', code: 'FROM alpine:3.20 AS base\nARG VERSION' },
    { name: 'a FROM without a stage name', code: '# the runtime image\nFROM alpine:3.20' },
    { name: 'the last comment line names the stage', code: '# Build stage, compiled with CGO off\n# build compiles the app\nFROM golang:1.23 AS build' },
    { name: 'a description over several lines', code: '# VERSION is the release to package.\n# It must be a tag of the upstream repository.\nARG VERSION=1' },
    { name: 'a Renovate annotation is no description', code: 'FROM alpine:3.20\n# renovate: datasource=github-releases depName=mikefarah/yq\nARG YQ_VERSION=v4.50.1' },
    { name: 'pragmas are no part of the description', code: '# hadolint ignore=DL3006\nFROM base AS final\n# VERSION is the release\n# check=skip=SecretsUsedInArgOrEnv\nARG VERSION' },
    { name: 'a bare # separates the comment', code: '# Compile the app\n#\nFROM golang:1.23 AS build' },
    { name: 'a comment above another instruction', code: 'FROM alpine:3.20\n# fetch the sources\nRUN wget -q https://example.com/src.tgz' },
    { name: 'a comment inside the previous continuation is not above the ARG', code: 'FROM alpine:3.20\nRUN apk add \\\n# the compiler\n    gcc\nARG VERSION' },
    { name: 'leading spaces in the comment', code: '#    base is shared by the others\nFROM alpine:3.20 AS base' },
    { name: 'the stage name compared lowercased', code: '# builder compiles\nFROM golang:1.23 AS Builder' },
    { name: 'directives are not comments', code: '# syntax=docker/dockerfile:1\n# check=experimental=InvalidDefinitionDescription\nARG VERSION=1\nFROM alpine:3.20' },
    { name: 'an empty line separates the comment, as BuildKit\'s rule page says', code: '# Copyright the authors\n\nARG VERSION=1\n# Build stage\n\nFROM golang:1.23 AS build' },
    { name: 'heredoc bodies are not comments', code: 'FROM alpine:3.20\nRUN <<EOF\n# not a comment of the Dockerfile\necho hi\nEOF\nARG VERSION' },
    { name: 'ONBUILD ARG is not judged', code: 'FROM alpine:3.20\n# for children\nONBUILD ARG VERSION' },
  ],
  invalid: [
    {
      name: 'a comment that does not name the stage',
      code: '# Compile the app\nFROM golang:1.23 AS build',
      errors: [{ line: 2, column: 21, endColumn: 26, message: fromMessage('build') }],
    },
    {
      name: 'a comment that does not name the ARG',
      code: 'FROM alpine:3.20\n# Which release to package\nARG VERSION=1.4.2',
      errors: [{ line: 3, column: 5, endColumn: 12, message: argMessage('VERSION') }],
    },
    {
      name: 'several ARG keys: the keyword is reported, with a placeholder',
      code: '# defaults for the build\nARG A=1 B=2\nFROM alpine:3.20',
      errors: [{ line: 2, column: 1, endColumn: 4, message: argMessage('<arg_key>') }],
    },
    {
      name: 'a pragma under a comment that names nothing',
      code: 'FROM alpine:3.20\n# Which release\n# dflint ignore=DL3007\nARG VERSION',
      errors: [{ line: 4, column: 5, message: argMessage('VERSION') }],
    },
    {
      name: 'the comment right above is judged, whatever is above an empty line',
      code: '# VERSION is the release\n\n# the release\nARG VERSION',
      errors: [{ line: 4, column: 5, message: argMessage('VERSION') }],
    },
    {
      name: 'the name is matched exactly: ARG keys are case-sensitive',
      code: '# version of the release\nARG VERSION\nFROM alpine:3.20',
      errors: [{ line: 2, column: 5, message: argMessage('VERSION') }],
    },
    {
      name: 'the stage name lowercased is what the comment must start with',
      code: '# Builder compiles\nFROM golang:1.23 AS Builder',
      errors: [{ line: 2, column: 21, message: fromMessage('builder') }],
    },
    {
      name: 'CRLF and the backtick escape',
      code: '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022 AS base\r\nRUN dir `\r\n  c:\\\r\n# the install folder\r\nARG DIR=c:\\app\r\n',
      errors: [{ line: 6, column: 5, endColumn: 8, message: argMessage('DIR') }],
    },
  ],
});
