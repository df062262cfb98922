import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-dockerignore.js';

const noIgnoreFile = { 'package.json': '{}' };
const withIgnoreFile = { '.dockerignore': '.git\nnode_modules\n' };

testRule(rule, {
  valid: [
    { name: 'a .dockerignore exists', code: 'FROM node:22\nCOPY . .', context: withIgnoreFile },
    { name: 'a Dockerfile-specific ignore file exists', code: 'FROM node:22\nCOPY . /app', context: { 'Dockerfile.dockerignore': '.git\n' } },
    { name: 'an empty .dockerignore is a deliberate choice', code: 'FROM node:22\nADD . /app', context: { '.dockerignore': '' } },
    { name: 'no whole-context copy', code: 'FROM node:22\nCOPY package.json ./\nCOPY src/ ./src/', context: noIgnoreFile },
    { name: 'COPY --from another stage', code: 'FROM node:22 AS build\nFROM nginx\nCOPY --from=build . /usr/share/nginx/html', context: noIgnoreFile },
    { name: 'URL source', code: 'FROM alpine\nADD https://example.com/a.tgz .', context: noIgnoreFile },
    { name: 'heredoc source', code: 'FROM alpine\nCOPY <<EOF .\nx\nEOF', context: noIgnoreFile },
    { name: 'variable source with no value', code: 'FROM alpine\nARG SRC\nCOPY ${SRC} /app', context: noIgnoreFile },
    { name: 'without a build context the rule does not run', code: 'FROM node:22\nWORKDIR /app\nCOPY . .\nRUN npm ci' },
  ],
  invalid: [
    {
      code: 'FROM node:22\nWORKDIR /app\nCOPY . .',
      context: noIgnoreFile,
      errors: [{
        line: 3, column: 6, endLine: 3, endColumn: 7,
        message: 'Add a `.dockerignore`: `COPY . .` copies the whole build context, `.git`, local builds and secrets included',
      }],
    },
    { name: 'once per file', code: 'FROM node:22 AS a\nCOPY ./ /app/\nFROM node:22\nCOPY . .\nADD . /srv', context: noIgnoreFile, errors: [{ line: 2, column: 6, endColumn: 8, message: 'Add a `.dockerignore`: `COPY ./ /app/` copies the whole build context, `.git`, local builds and secrets included' }] },
    { name: 'ADD of the context', code: 'FROM node:22\nADD --chown=app . /app', context: noIgnoreFile, errors: [{ line: 2, column: 17, message: 'Add a `.dockerignore`: `ADD . /app` copies the whole build context, `.git`, local builds and secrets included' }] },
    { name: 'star copies every top-level entry', code: 'FROM node:22\nCOPY * /app/', context: noIgnoreFile, errors: [{ line: 2, column: 6, message: 'Add a `.dockerignore`: `COPY * /app/` copies the whole build context, `.git`, local builds and secrets included' }] },
    { name: 'context root as /', code: 'FROM node:22\nCOPY / /app/', context: noIgnoreFile, errors: [{ line: 2, column: 6, message: 'Add a `.dockerignore`: `COPY / /app/` copies the whole build context, `.git`, local builds and secrets included' }] },
    { name: 'exec form', code: 'FROM node:22\nCOPY ["./", "/app/"]', context: noIgnoreFile, errors: [{ line: 2, column: 7, endColumn: 11, message: 'Add a `.dockerignore`: `COPY ["./", "/app/"]` copies the whole build context, `.git`, local builds and secrets included' }] },
    { name: 'variable resolving to the context', code: 'FROM node:22\nARG SRC=.\nCOPY ${SRC} /app', context: noIgnoreFile, errors: [{ line: 3, column: 6, message: 'Add a `.dockerignore`: `COPY ${SRC} /app` copies the whole build context, `.git`, local builds and secrets included' }] },
    { name: 'whole context among other sources', code: 'FROM node:22\nCOPY package.json . /app/', context: noIgnoreFile, errors: [{ line: 2, column: 19, message: 'Add a `.dockerignore`: `COPY package.json . /app/` copies the whole build context, `.git`, local builds and secrets included' }] },
  ],
});
