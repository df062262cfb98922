import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-multiple-cmd.js';

testRule(rule, {
  valid: [
    'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]',
    { name: 'one CMD per stage', code: 'FROM node:22 AS test\nCMD ["npm", "test"]\nFROM node:22\nCMD ["npm", "start"]' },
    { name: 'CMD and ENTRYPOINT', code: 'FROM node:22\nENTRYPOINT ["node"]\nCMD ["server.js"]' },
    { name: 'ONBUILD CMD is for downstream images', code: 'FROM node:22\nCMD ["node"]\nONBUILD CMD ["npm", "start"]' },
    { name: 'CMD mentioned in RUN', code: 'FROM node:22\nRUN echo CMD\nCMD ["node"]' },
    { name: 'a CMD in a heredoc body', code: 'FROM node:22\nCMD ["node"]\nCOPY <<EOF /Dockerfile.example\nCMD ["other"]\nEOF' },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.27\nCMD ["php-fpm"]\nCMD ["nginx", "-g", "daemon off;"]',
      errors: [{ line: 3, column: 1, endLine: 3, endColumn: 4, message: 'Only the last `CMD` of a stage takes effect, and this one replaces the `CMD` on line 2: keep one' }],
      output: 'FROM nginx:1.27\nCMD ["nginx", "-g", "daemon off;"]',
    },
    {
      name: 'three CMDs: each names the one it replaces',
      code: 'FROM debian:12\nCMD a\nRUN x\nCMD b\ncmd c',
      errors: [{ line: 4, column: 1, message: /on line 2:/ }, { line: 5, column: 1, endColumn: 4, message: /on line 4:/ }],
      output: 'FROM debian:12\nRUN x\ncmd c',
    },
    {
      name: 'only the stage with two',
      code: 'FROM node:22 AS build\nCMD ["a"]\nFROM node:22\nCMD ["b"]\nCMD ["c"]',
      errors: [{ line: 5, column: 1, message: 'Only the last `CMD` of a stage takes effect, and this one replaces the `CMD` on line 4: keep one' }],
      output: 'FROM node:22 AS build\nCMD ["a"]\nFROM node:22\nCMD ["c"]',
    },
    { name: 'indented keyword', code: 'FROM debian:12\nCMD ["a"]\n  CMD ["b"]', errors: [{ line: 3, column: 3, endColumn: 6, message: 'Only the last `CMD` of a stage takes effect, and this one replaces the `CMD` on line 2: keep one' }], output: 'FROM debian:12\n  CMD ["b"]' },
    {
      name: 'a CMD with continuation and comment lines is deleted whole, the comment above it kept',
      code: 'FROM debian:12\n# start the app\n  CMD /app \\\n# the port\n    --port 80\nCMD ["/app"]\n',
      errors: [{ line: 6, column: 1, message: 'Only the last `CMD` of a stage takes effect, and this one replaces the `CMD` on line 3: keep one' }],
      output: 'FROM debian:12\n# start the app\nCMD ["/app"]\n',
    },
    {
      name: 'the later CMD on the last line without a line break',
      code: 'FROM debian:12\nCMD a\nCMD b',
      errors: [{ line: 3, column: 1, message: 'Only the last `CMD` of a stage takes effect, and this one replaces the `CMD` on line 2: keep one' }],
      output: 'FROM debian:12\nCMD b',
    },
    {
      name: 'a parent stage keeps its own last CMD',
      code: 'FROM debian:12 AS base\nCMD a\nCMD b\nFROM base\nCMD c',
      errors: [{ line: 3, column: 1, message: 'Only the last `CMD` of a stage takes effect, and this one replaces the `CMD` on line 2: keep one' }],
      output: 'FROM debian:12 AS base\nCMD b\nFROM base\nCMD c',
    },
  ],
});
