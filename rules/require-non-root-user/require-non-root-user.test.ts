import { testRule } from '../../test/support/rule-tester.js';
import rule from './require-non-root-user.js';

const MESSAGE = "No `USER` is set for the final image, so it runs as the base image's user (usually root): add `USER <non-root user>` after the steps that need root";

testRule(rule, {
  valid: [
    'FROM node:22-slim\nUSER node\nCMD ["node", "server.js"]',
    { name: 'USER root is DL3002\'s business', code: 'FROM node:22-slim\nUSER root\nCMD ["node", "server.js"]' },
    { name: 'a USER given by a variable counts as set', code: 'FROM node:22-slim\nARG APP_UID\nUSER ${APP_UID}\nCMD ["node", "server.js"]' },
    { name: 'USER set in the parent stage', code: 'FROM node:22-slim AS base\nUSER node\nFROM base\nCOPY . /app\nCMD ["node", "/app/server.js"]' },
    { name: 'a grandparent stage', code: 'FROM debian:12 AS a\nUSER 10001\nFROM a AS b\nRUN true\nFROM b\nENTRYPOINT ["/app"]' },
    { name: 'no CMD or ENTRYPOINT: a base image', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl' },
    { name: 'a shell as CMD: a toolbox image', code: 'FROM debian:12\nRUN apt-get install -y curl\nCMD ["bash"]' },
    { name: 'an interpreter REPL', code: 'FROM debian:12\nCMD ["perl5.38", "-de0"]' },
    { name: 'a shell-form REPL', code: 'FROM python:3.12-slim\nCMD python3' },
    { name: 'scratch', code: 'FROM golang:1.22 AS build\nRUN CGO_ENABLED=0 go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nENTRYPOINT ["/app"]' },
    { name: 'distroless nonroot', code: 'FROM gcr.io/distroless/static-debian12:nonroot\nCOPY app /app\nENTRYPOINT ["/app"]' },
    { name: 'distroless debug-nonroot', code: 'FROM gcr.io/distroless/base-debian12:debug-nonroot\nENTRYPOINT ["/app"]' },
    { name: 'unprivileged nginx', code: 'FROM nginxinc/nginx-unprivileged:1.27\nCOPY site /usr/share/nginx/html\nCMD ["nginx", "-g", "daemon off;"]' },
    { name: 'Chainguard', code: 'FROM cgr.dev/chainguard/node:latest\nCOPY . /app\nCMD ["/app/server.js"]' },
    { name: 'Red Hat UBI runtime', code: 'FROM registry.access.redhat.com/ubi9/nodejs-20\nCOPY . .\nCMD ["npm", "start"]' },
    { name: 'official postgres steps down itself', code: 'FROM postgres:16\nCOPY init.sql /docker-entrypoint-initdb.d/\nCMD ["postgres", "-c", "max_connections=200"]' },
    { name: 'official image through a variable', code: 'ARG PG=16\nFROM docker.io/library/postgres:${PG}\nCMD ["postgres"]' },
    { name: 'Windows', code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nCMD ["app.exe"]' },
    { name: 'Windows tag', code: 'FROM mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\nENTRYPOINT ["dotnet", "app.dll"]' },
    { name: 'an unresolved base image', code: 'ARG BASE\nFROM ${BASE}\nCMD ["app"]' },
    { name: 'gosu is installed', code: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends gosu\nCOPY entrypoint.sh /\nENTRYPOINT ["/entrypoint.sh"]' },
    { name: 'su-exec is installed', code: 'FROM alpine:3.20\nRUN apk add --no-cache su-exec\nENTRYPOINT ["/entrypoint.sh"]' },
    { name: 'gosu copied from its image', code: 'FROM debian:12\nCOPY --from=tianon/gosu:1.17 /gosu /usr/local/bin/\nENTRYPOINT ["/entrypoint.sh"]' },
    { name: 'CMD steps down with setpriv', code: 'FROM debian:12\nCMD ["setpriv", "--reuid=1000", "--regid=1000", "--init-groups", "app"]' },
    { name: 'shell-form CMD steps down with su', code: 'FROM debian:12\nCMD su app -c "app --serve"' },
    { name: 'gosu copied from a build stage', code: 'FROM debian:12 AS tools\nRUN apt-get install -y gosu\nFROM debian:12\nCOPY --from=tools /usr/sbin/gosu /usr/sbin/\nCMD ["app"]' },
    { name: 'gosu in the parent stage', code: 'FROM debian:12 AS base\nRUN apt-get install -y gosu\nFROM base\nENTRYPOINT ["/entrypoint.sh"]' },
    { name: 'Dev Container image', code: 'FROM mcr.microsoft.com/devcontainers/base:bookworm\nCMD ["sleep", "infinity"]' },
  ],
  invalid: [
    {
      code: 'FROM node:22-slim\nWORKDIR /app\nCOPY . .\nCMD ["node", "server.js"]',
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 18, message: MESSAGE }],
    },
    {
      name: 'only the final stage is judged',
      code: 'FROM golang:1.22 AS build\nUSER 1000\nRUN go build -o /out/app\nFROM debian:12-slim\nCOPY --from=build /out/app /app\nENTRYPOINT ["/app"]',
      errors: [{ line: 4, column: 6, endColumn: 20 }],
    },
    {
      name: 'the final stage is built on a stage without USER',
      code: 'FROM python:3.12-slim AS base\nRUN pip install flask\nFROM base\nCOPY app.py .\nCMD ["python", "app.py"]',
      errors: [{ line: 3, column: 6, endColumn: 10 }],
    },
    { name: 'an interpreter running a script is a service', code: 'FROM python:3.12-slim\nCMD python3 app.py', errors: [{ line: 1, column: 6 }] },
    { name: 'a shell running a command is a service', code: 'FROM debian:12\nCMD ["sh", "-c", "exec app --serve"]', errors: [{ line: 1, column: 6 }] },
    { name: 'ENTRYPOINT inherited from a parent stage', code: 'FROM alpine:3.20 AS base\nENTRYPOINT ["/app"]\nFROM base\nCMD ["--serve"]', errors: [{ line: 3, column: 6 }] },
    { name: 'USER only in ONBUILD', code: 'FROM alpine:3.20\nONBUILD USER app\nCMD ["app"]', errors: [{ line: 1, column: 6 }] },
    { name: 'a builder stage that installs gosu does not count', code: 'FROM debian:12 AS tools\nRUN apt-get install -y gosu\nFROM debian:12\nCOPY --from=tools /opt/app /app\nCMD ["app"]', errors: [{ line: 3, column: 6 }] },
    { name: 'a variable base image that resolves', code: 'ARG NODE=22\nFROM node:${NODE}-slim\nCMD ["node", "server.js"]', errors: [{ line: 2, column: 6, endColumn: 23 }] },
  ],
});
