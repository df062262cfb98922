import { testRule } from '../../test/support/rule-tester.js';
import rule from './no-secrets-in-arg-env.js';

testRule(rule, {
  valid: [
    'FROM node:22\nARG NODE_ENV=production',
    'FROM node:22\nRUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci',
    { name: 'a substring that is not the word', code: 'FROM python:3.12\nENV TOKENIZERS_PARALLELISM=false' },
    { name: 'a user name to create', code: 'FROM debian:12\nARG USERNAME=vscode\nARG USER_UID=1000' },
    { name: 'the path of a secret file', code: 'FROM minio/minio\nENV MINIO_ROOT_PASSWORD_FILE=/run/secrets/password' },
    { name: 'a setting about a password', code: 'FROM mysql:8\nENV MYSQL_ALLOW_EMPTY_PASSWORD=yes' },
    { name: 'BuildKit\'s `auth` alone is not reported: most are settings', code: 'FROM debian:12\nENV AUTH_METHOD=ldap\nARG OAUTH_CLIENT_ID=app' },
    { name: 'BuildKit\'s allowed words', code: 'FROM debian:12\nARG SSH_PUBLIC_KEY\nENV TOKEN_FILE=/run/secrets/t CREDENTIALS_VERSION=2' },
    { name: 'the value is a path', code: 'FROM gcr.io/distroless/base\nENV DOCKER_CREDENTIAL_GCR_CONFIG=/kaniko/.config/gcloud/config.json' },
    { name: 'the value is a script name', code: 'FROM oraclelinux:8\nENV RESET_OS_PASSWORD="resetOSPassword.sh"' },
    { name: 'a public key fingerprint', code: 'FROM debian:12\nENV GPG_KEY=7169605F62C751356D054A26A821E680E5FA6305' },
    { name: 'a value that mentions a secret', code: 'FROM debian:12\nENV HINT=password' },
    { name: 'LABEL is not ARG or ENV', code: 'FROM debian:12\nLABEL secret=no' },
    { name: 'an ONBUILD LABEL', code: 'FROM debian:12\nONBUILD LABEL token=x' },
  ],
  invalid: [
    { code: 'FROM node:22\nARG NPM_TOKEN', errors: [{ line: 2, column: 5, endColumn: 14, message: /`NPM_TOKEN` looks like a secret, and ARG values/ }] },
    { code: 'FROM postgres:16\nENV POSTGRES_PASSWORD=postgres', errors: [{ line: 2, column: 5, endColumn: 22, message: /ENV values/ }] },
    { name: 'legacy form', code: 'FROM postgres:16\nENV PGPASSWORD secret', errors: [{ line: 2, column: 5, endColumn: 15, message: '`PGPASSWORD` looks like a secret, and ENV values stay readable in the image: use `RUN --mount=type=secret`' }] },
    { name: 'every secret of the instruction', code: 'FROM debian:12\nENV A=1 DB_PASSWORD=x \\\n    API_KEY=y', errors: [{ line: 2, column: 9, message: '`DB_PASSWORD` looks like a secret, and ENV values stay readable in the image: use `RUN --mount=type=secret`' }, { line: 3, column: 5, message: '`API_KEY` looks like a secret, and ENV values stay readable in the image: use `RUN --mount=type=secret`' }] },
    { name: 'a global ARG', code: 'ARG GITHUB_TOKEN\nFROM debian:12', errors: [{ line: 1, column: 5, message: '`GITHUB_TOKEN` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }] },
    { name: 'several ARG names', code: 'FROM debian:12\nARG AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY', errors: [{ line: 2, column: 5, message: '`AWS_ACCESS_KEY_ID` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }, { line: 2, column: 23, message: '`AWS_SECRET_ACCESS_KEY` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }] },
    { name: 'camel case', code: 'FROM debian:12\nARG dbPassword', errors: [{ line: 2, column: 5, message: '`dbPassword` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }] },
    { name: 'BuildKit\'s credential words', code: 'FROM debian:12\nARG GIT_CREDENTIALS\nENV DB_CREDENTIAL=x', errors: [{ line: 2, column: 5, message: '`GIT_CREDENTIALS` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }, { line: 3, column: 5, message: '`DB_CREDENTIAL` looks like a secret, and ENV values stay readable in the image: use `RUN --mount=type=secret`' }] },
    { name: 'BuildKit\'s pword and apikey', code: 'FROM debian:12\nARG ADMIN_PWORD SERVICE_APIKEY', errors: [{ line: 2, column: 5, message: '`ADMIN_PWORD` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }, { line: 2, column: 17, message: '`SERVICE_APIKEY` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }] },
    { name: 'inside ONBUILD', code: 'FROM debian:12\nONBUILD ARG NPM_TOKEN', errors: [{ line: 2, column: 13, message: '`NPM_TOKEN` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`' }] },
  ],
});
