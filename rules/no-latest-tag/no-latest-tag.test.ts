import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-latest-tag.js';

testRule(rule, {
  valid: [
    'FROM debian:12',
    'FROM debian',
    'FROM scratch',
    'FROM node:latest-alpine',
    { name: 'a repository named latest', code: 'FROM latest:1.0' },
    { name: 'latest pinned by digest', code: 'FROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef' },
    { name: 'tag from an ARG without default', code: 'ARG TAG\nFROM node:${TAG}' },
    { name: 'tag from an ARG default', code: 'ARG TAG=22\nFROM node:${TAG}' },
    { name: 'a stage', code: 'FROM node:22 AS latest\nFROM latest' },
  ],
  invalid: [
    {
      code: 'FROM debian:latest',
      errors: [{ line: 1, column: 13, endLine: 1, endColumn: 19, message: 'Pin `debian:latest` to a version tag instead of `latest`, or add a digest' }],
    },
    { code: 'FROM debian:latest AS base\nRUN true', errors: [{ line: 1, column: 13, endColumn: 19, message: 'Pin `debian:latest` to a version tag instead of `latest`, or add a digest' }] },
    { code: 'FROM registry.example.com:5000/team/app:latest', errors: [{ line: 1, column: 41, endColumn: 47, message: 'Pin `registry.example.com:5000/team/app:latest` to a version tag instead of `latest`, or add a digest' }] },
    { code: 'FROM --platform=linux/amd64 node:latest', errors: [{ line: 1, column: 34, endColumn: 40, message: 'Pin `node:latest` to a version tag instead of `latest`, or add a digest' }] },
    {
      name: 'tag from an ARG default points at the word',
      code: 'ARG TAG=latest\nFROM node:${TAG}',
      errors: [{ line: 2, column: 6, endColumn: 17, message: /`node:\$\{TAG\}` \(`node:latest`\)/ }],
    },
    { name: 'whole image from an ARG default', code: 'ARG IMAGE=node:latest\nFROM $IMAGE', errors: [{ line: 2, column: 6, endColumn: 12, message: 'Pin `$IMAGE` (`node:latest`) to a version tag instead of `latest`, or add a digest' }] },
    { name: 'quoted image', code: 'FROM "debian:latest"', errors: [{ line: 1, column: 6, endColumn: 21, message: 'Pin `"debian:latest"` (`debian:latest`) to a version tag instead of `latest`, or add a digest' }] },
    { name: 'every stage', code: 'FROM node:latest AS build\nFROM nginx:latest', errors: [{ line: 1, column: 11, message: 'Pin `node:latest` to a version tag instead of `latest`, or add a digest' }, { line: 2, column: 12, message: 'Pin `nginx:latest` to a version tag instead of `latest`, or add a digest' }] },
  ],
});
