import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-numeric-user.js';

testRule(rule, {
  valid: [
    'FROM node:22\nUSER 1000',
    'FROM node:22\nUSER 1000:node',
    'FROM node:22\nRUN true',
    { name: 'a temporary switch to root', code: 'FROM node:22\nUSER root\nRUN apt-get update\nUSER 1000' },
    { name: 'a builder stage user', code: 'FROM node:22 AS build\nUSER node\nRUN npm ci\nFROM nginx:1\nUSER 101' },
    { name: 'an ARG with a numeric default', code: 'FROM node:22\nARG UID=10001\nUSER ${UID}' },
    { name: 'an ARG with no default is not judged', code: 'FROM node:22\nARG UID\nARG GID\nUSER ${UID}:${GID}' },
    { name: 'a variable from the base image is not judged', code: 'FROM jupyter/base-notebook\nUSER ${NB_UID}' },
    { name: 'an ENV uid', code: 'FROM node:22\nENV APP_UID=999\nUSER $APP_UID' },
    { name: 'Windows users have names', code: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser' },
    { name: 'a PowerShell SHELL means Windows', code: 'FROM example/app:1\nSHELL ["pwsh", "-Command"]\nUSER ContainerUser' },
    { name: 'inherited numeric user', code: 'FROM node:22 AS base\nUSER 1000\nFROM base\nRUN true' },
  ],
  invalid: [
    { name: '--target judges that stage', code: 'FROM node:22 AS app\nUSER node\nFROM node:22 AS hardened\nUSER 1000', target: 'app', errors: [{ line: 2, column: 6, message: 'The image runs as user name `node`: use a numeric uid so the host can verify it (`USER 10001`)' }] },
    { code: 'FROM node:22\nUSER node', errors: [{ line: 2, column: 6, endColumn: 10, message: /user name `node`/ }] },
    { name: 'user and group names', code: 'FROM node:22\nUSER app:app', errors: [{ line: 2, column: 6, endColumn: 13, message: 'The image runs as user name `app`: use a numeric uid so the host can verify it (`USER 10001`)' }] },
    { name: 'only the last USER of the stage', code: 'FROM node:22\nUSER root\nRUN true\nUSER node', errors: [{ line: 4, column: 6, message: 'The image runs as user name `node`: use a numeric uid so the host can verify it (`USER 10001`)' }] },
    { name: 'root as the final user', code: 'FROM node:22\nUSER root', errors: [{ line: 2, column: 6, message: 'The image runs as user name `root`: use a numeric uid so the host can verify it (`USER 10001`)' }] },
    { name: 'an ARG whose default is a name', code: 'FROM node:22\nARG user=jenkins\nUSER ${user}', errors: [{ line: 3, column: 6, message: /`jenkins`/ }] },
    { name: 'inherited from the parent stage', code: 'FROM node:22 AS base\nUSER node\nFROM base\nRUN true', errors: [{ line: 2, column: 6, message: 'The image runs as user name `node`: use a numeric uid so the host can verify it (`USER 10001`)' }] },
    { name: 'the last stage only', code: 'FROM node:22 AS build\nUSER 1000\nFROM nginx:1\nUSER nginx', errors: [{ line: 4, column: 6, message: 'The image runs as user name `nginx`: use a numeric uid so the host can verify it (`USER 10001`)' }] },
  ],
});
