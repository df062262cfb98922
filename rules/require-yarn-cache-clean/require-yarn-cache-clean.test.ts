import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-yarn-cache-clean.js';

testRule(rule, {
  valid: [
    { name: 'a dependency stage whose node_modules alone are copied out', code: 'FROM node:22 AS deps\nWORKDIR /app\nRUN yarn install --frozen-lockfile\nFROM node:22-slim\nCOPY --from=deps /app/node_modules /app/node_modules' },
    'FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean',
    'FROM node:22\nRUN yarn && yarn cache clean --force',
    'FROM node:22\nRUN yarn global add pm2@5.4.2 && yarn cache clean',
    'FROM node:22\nRUN yarn install && rm -rf /usr/local/share/.cache/yarn',
    'FROM node:22\nRUN yarn install && rm -rf /usr/local/share/.cache',
    'FROM node:22\nRUN yarn build',
    'FROM node:22\nRUN yarn --version',
    'FROM node:22\nRUN echo yarn install',
    { name: 'cache mount on the root cache', code: 'FROM node:22\nRUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install' },
    { name: 'cache mount on a home cache', code: 'FROM node:22\nRUN --mount=type=cache,target=/home/node/.cache/yarn yarn install' },
    { name: 'cache mount on yarn 2 cache', code: 'FROM node:22\nRUN --mount=type=cache,target=/root/.yarn/berry/cache yarn install' },
    { name: 'builder stage only copied from', code: 'FROM node:22 AS build\nRUN yarn install\nFROM nginx:1.27\nCOPY --from=build /app/dist /usr/share/nginx/html' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN yarn install' },
  ],
  invalid: [
    {
      name: 'a stage copied whole into the last one',
      code: 'FROM node:22 AS build\nRUN yarn global add serve\nFROM scratch\nCOPY --from=build / /',
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 16, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22 AS build\nRUN yarn global add serve && yarn cache clean\nFROM scratch\nCOPY --from=build / /',
    },
    {
      code: 'FROM node:22\nRUN yarn install --frozen-lockfile',
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 17, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN yarn install --frozen-lockfile && yarn cache clean',
    },
    {
      name: 'bare yarn',
      code: 'FROM node:22\nRUN yarn --frozen-lockfile',
      errors: [{ line: 2, column: 5, endColumn: 9, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN yarn --frozen-lockfile && yarn cache clean',
    },
    {
      name: 'yarn global add',
      code: 'FROM node:22\nRUN yarn global add pm2@5.4.2',
      errors: [{ line: 2, column: 10, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN yarn global add pm2@5.4.2 && yarn cache clean',
    },
    {
      name: 'clean before the install',
      code: 'FROM node:22\nRUN yarn cache clean && yarn install',
      errors: [{ line: 2, column: 30, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN yarn cache clean && yarn install && yarn cache clean',
    },
    {
      name: 'cache list is no clean',
      code: 'FROM node:22\nRUN yarn install && yarn cache list',
      errors: [{ line: 2, column: 10, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN yarn install && yarn cache list && yarn cache clean',
    },
    {
      name: 'unrelated rm',
      code: 'FROM node:22\nRUN yarn install && rm -rf /tmp/*',
      errors: [{ line: 2, column: 10, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN yarn install && rm -rf /tmp/* && yarn cache clean',
    },
    { name: 'bind mount', code: 'FROM node:22\nRUN --mount=type=bind,target=/usr/local/share/.cache/yarn yarn install', errors: [{ line: 2, column: 64, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }] },
    {
      name: 'stage used as a base',
      code: 'FROM node:22 AS deps\nRUN yarn install\nFROM deps\nCMD ["node", "index.js"]',
      errors: [{ line: 2, column: 10, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22 AS deps\nRUN yarn install && yarn cache clean\nFROM deps\nCMD ["node", "index.js"]',
    },
    { name: 'exec form', code: 'FROM node:22\nRUN ["yarn", "install"]', errors: [{ line: 2, column: 14, endColumn: 23, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }] },
    {
      name: 'heredoc',
      code: 'FROM node:22\nRUN <<EOF\nyarn install\nEOF',
      errors: [{ line: 3, column: 6, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN <<EOF\nyarn install && yarn cache clean\nEOF',
    },
    {
      name: 'ONBUILD in a builder stage',
      code: 'FROM node:22 AS base\nONBUILD RUN yarn install\nFROM nginx:1.27',
      errors: [{ line: 2, column: 18, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22 AS base\nONBUILD RUN yarn install && yarn cache clean\nFROM nginx:1.27',
    },
    {
      name: 'continued lines with leading &&',
      code: 'FROM node:22\nRUN yarn install --frozen-lockfile \\\n    && yarn build',
      errors: [{ line: 2, column: 10, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }],
      output: 'FROM node:22\nRUN yarn install --frozen-lockfile \\\n    && yarn build \\\n    && yarn cache clean',
    },
    { name: 'no fix: another cache folder', code: 'FROM node:22\nRUN yarn install --cache-folder /tmp/yc', errors: [{ line: 2, column: 10, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }] },
    { name: 'no fix: the cache folder from the environment', code: 'FROM node:22\nRUN YARN_CACHE_FOLDER=/tmp/yc yarn install', errors: [{ line: 2, column: 36, message: 'Clean the yarn cache after installing: end this RUN with `yarn cache clean`' }] },
  ],
});
