import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-npm-version-pin.js';

testRule(rule, {
  valid: [
    'FROM node:22\nRUN npm install',
    'FROM node:22\nRUN npm ci',
    'FROM node:22\nRUN npm install --production',
    'FROM node:22\nRUN npm install -g typescript@5.6.3',
    'FROM node:22\nRUN npm install @angular/cli@18.2.0',
    'FROM node:22\nRUN npm install "express@^4.21.0"',
    'FROM node:22\nRUN npm install git+https://github.com/user/repo.git#v1.0.0',
    'FROM node:22\nRUN npm install git://github.com/user/repo.git#abc123',
    'FROM node:22\nRUN npm install github:user/repo#v1.0.0',
    'FROM node:22\nRUN npm install user/repo#v1.0.0',
    'FROM node:22\nRUN npm install ./local-package /opt/pkg ../other ~/mine file:../x . ..',
    'FROM node:22\nRUN npm install https://example.com/pkg-1.0.0.tgz pkg.tar.gz',
    'FROM node:22\nRUN npm install --registry https://registry.example.com express@4.21.0',
    'FROM node:22\nRUN npm install --loglevel warn express@4.21.0',
    'FROM node:22\nRUN npm uninstall express',
    'FROM node:22\nRUN npm run install',
    'FROM node:22\nRUN echo npm install express',
    { name: 'ARG version', code: 'FROM node:22\nARG TS_VERSION=5.6.3\nRUN npm install -g typescript@${TS_VERSION}' },
    { name: 'ARG without default is not judged', code: 'FROM node:22\nARG PKGS\nRUN npm install -g $PKGS' },
    { name: 'exec form', code: 'FROM node:22\nRUN ["npm", "install", "-g", "typescript@5.6.3"]' },
    { name: 'PowerShell', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["pwsh", "-Command"]\nRUN npm install express' },
  ],
  invalid: [
    {
      code: 'FROM node:22\nRUN npm install -g typescript',
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 30, message: 'Pin the version of `typescript`: `npm install typescript@<version>`' }],
    },
    { name: 'scoped package', code: 'FROM node:22\nRUN npm install @angular/cli', errors: [{ line: 2, column: 17, endColumn: 29, message: 'Pin the version of `@angular/cli`: `npm install @angular/cli@<version>`' }] },
    { name: 'latest is no pin', code: 'FROM node:22\nRUN npm install -g npm@latest', errors: [{ line: 2, column: 20, message: 'Pin the version of `npm@latest`: `npm install npm@<version>`' }] },
    { name: 'git URL without a ref', code: 'FROM node:22\nRUN npm install git+https://github.com/user/repo.git', errors: [{ line: 2, column: 17, message: 'Pin the version of `git+https://github.com/user/repo.git`: `npm install git+https://github.com/user/repo.git@<version>`' }] },
    { name: 'GitHub shorthand without a ref', code: 'FROM node:22\nRUN npm install user/repo', errors: [{ line: 2, column: 17, message: 'Pin the version of `user/repo`: `npm install user/repo@<version>`' }] },
    { name: 'registry value is no package', code: 'FROM node:22\nRUN npm install --registry https://r.example.com express', errors: [{ line: 2, column: 50, message: 'Pin the version of `express`: `npm install express@<version>`' }] },
    { name: 'npm i', code: 'FROM node:22\nRUN npm i -g pm2', errors: [{ line: 2, column: 14, message: /`npm i pm2@<version>`/ }] },
    {
      name: 'ARG value expanded',
      code: 'FROM node:22\nARG TOOLS="pm2@5.4.2 nodemon"\nRUN npm install -g $TOOLS',
      errors: [{
        line: 3, column: 20, endColumn: 26,
        message: 'Pin the version of `nodemon`: `npm install nodemon@<version>`',
        related: [{ line: 3, column: 20, endColumn: 26, message: '`nodemon` (from `$TOOLS`) has no pinned version' }],
      }],
    },
    {
      name: 'one finding per npm command (paraphrased from a tooling image)',
      code: 'FROM node:22\nRUN npm install -g yarn@1.22.22 pnpm@latest typescript ts-node',
      errors: [{
        line: 2, column: 33, endColumn: 44,
        message: 'Pin the versions of `pnpm@latest`, `typescript` and `ts-node`: `npm install pnpm@<version>`',
        related: [
          { line: 2, column: 33, endColumn: 44, message: '`pnpm@latest` has no pinned version' },
          { line: 2, column: 45, endColumn: 55, message: '`typescript` has no pinned version' },
          { line: 2, column: 56, endColumn: 63, message: '`ts-node` has no pinned version' },
        ],
      }],
    },
    { name: 'through sudo', code: 'FROM node:22\nRUN sudo npm install -g pm2', errors: [{ line: 2, column: 25, message: 'Pin the version of `pm2`: `npm install pm2@<version>`' }] },
    { name: 'exec form', code: 'FROM node:22\nRUN ["npm", "install", "-g", "pm2"]', errors: [{ line: 2, column: 30, endColumn: 35, message: 'Pin the version of `pm2`: `npm install pm2@<version>`' }] },
    { name: 'heredoc', code: 'FROM node:22\nRUN <<EOF\nnpm install -g pm2\nEOF', errors: [{ line: 3, column: 16, message: 'Pin the version of `pm2`: `npm install pm2@<version>`' }] },
    { name: 'ONBUILD', code: 'FROM node:22\nONBUILD RUN npm install -g pm2', errors: [{ line: 2, column: 28, message: 'Pin the version of `pm2`: `npm install pm2@<version>`' }] },
  ],
});
