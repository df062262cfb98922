import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-redundant-target-platform.js';

testRule(rule, {
  valid: [
    'FROM alpine:3.20',
    'FROM --platform=$BUILDPLATFORM golang:1.23 AS build',
    'FROM --platform=linux/amd64 alpine:3.20',
    { name: 'a derived value is not the default', code: 'FROM --platform=${TARGETPLATFORM:-linux/amd64} alpine:3.20' },
    { name: 'only part of the value', code: 'FROM --platform=$TARGETOS/$TARGETARCH alpine:3.20' },
    { name: 'another flag', code: 'RUN --platform=$TARGETPLATFORM true' },
  ],
  invalid: [
    {
      code: 'FROM --platform=$TARGETPLATFORM alpine:3.20',
      errors: [{ line: 1, column: 17, endColumn: 32, message: /default/ }],
      output: 'FROM alpine:3.20',
    },
    {
      code: 'FROM --platform=${TARGETPLATFORM} alpine:3.20 AS base',
      errors: [{ line: 1, column: 17, endColumn: 34, message: '`--platform=$TARGETPLATFORM` is the default: remove it' }],
      output: 'FROM alpine:3.20 AS base',
    },
    {
      name: 'quoted',
      code: 'FROM --platform="$TARGETPLATFORM" alpine:3.20',
      errors: [{ line: 1, column: 17, message: '`--platform=$TARGETPLATFORM` is the default: remove it' }],
      output: 'FROM alpine:3.20',
    },
    {
      name: 'in a later stage',
      code: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM   --platform=$TARGETPLATFORM   alpine:3.20',
      errors: [{ line: 2, column: 19, message: '`--platform=$TARGETPLATFORM` is the default: remove it' }],
      output: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM   alpine:3.20',
    },
    {
      name: 'on a continuation line',
      code: 'FROM \\\n  --platform=$TARGETPLATFORM \\\n  alpine:3.20',
      errors: [{ line: 2, column: 14, message: '`--platform=$TARGETPLATFORM` is the default: remove it' }],
      output: 'FROM \\\n  alpine:3.20',
    },
  ],
});
