import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-duplicate-stage-name.js';

testRule(rule, {
  valid: [
    'FROM node:22 AS deps\nFROM node:22 AS build\nFROM nginx:1.27',
    { name: 'stages without alias', code: 'FROM node:22\nFROM node:22\nFROM nginx:1.27' },
    { name: 'an alias that names an image elsewhere', code: 'FROM node:22 AS node\nFROM node' },
    { name: 'a prefix is another name', code: 'FROM node:22 AS build\nFROM node:22 AS build-test' },
  ],
  invalid: [
    {
      code: 'FROM node:22 AS foo\nRUN npm ci\nFROM scratch AS foo',
      errors: [{
        line: 3, column: 17, endLine: 3, endColumn: 20,
        message: 'Stage name `foo` is already used by the stage on line 1; give each stage a unique name',
      }],
    },
    { name: 'BuildKit compares lowercase', code: 'FROM node:22 AS build\nFROM node:22 as Build', errors: [{ line: 2, column: 17, endColumn: 22, message: /`Build` is already used by the stage on line 1/ }] },
    {
      name: 'each later duplicate, pointing at the first',
      code: 'FROM a:1 AS x\nFROM b:1 AS y\nFROM c:1 AS x\nFROM d:1 AS X',
      errors: [{ line: 3, column: 13, message: /line 1/ }, { line: 4, column: 13, message: /line 1/ }],
    },
  ],
});
