import { testRule } from '../../test/support/rule-tester.js';
import rule from './prefer-multi-stage.js';

const APP = 'CMD ["/usr/local/bin/app"]';

testRule(rule, {
  valid: [
    {
      name: 'a notebook server through sh -c: users compile in it',
      code: 'FROM nvidia/cuda:12.4.1-devel-ubuntu22.04\nRUN apt-get update && apt-get install -y --no-install-recommends cmake g++ python3-pip\nRUN pip install jupyter && pip install -e /workspace/lib\nENTRYPOINT ["sh", "-c", "jupyter notebook --no-browser --ip=0.0.0.0"]',
    },
    {
      name: 'an image that builds a kernel module for the host when it starts',
      code: 'FROM debian:12-slim\nRUN apt-get update && apt-get install -y build-essential libelf-dev libmnl-dev git && make -C /src install\nENTRYPOINT ["/usr/local/bin/entrypoint.sh"]\nCMD ["wg", "--help"]',
    },
    'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nCMD ["curl"]',
    {
      name: 'a builder stage',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM debian:12\nCOPY --from=build /out/app /usr/local/bin/app\nCMD ["app"]',
    },
    {
      name: 'built on a builder stage',
      code: 'FROM node:22 AS base\nRUN npm ci\nFROM base\nRUN npm run build\nCMD ["node", "dist/server.js"]',
    },
    {
      name: 'apk virtual package removed in the same RUN',
      code: 'FROM python:3.12-alpine\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev libffi-dev \\\n && pip install cffi \\\n && apk del .build-deps\nCMD ["python", "app.py"]',
    },
    {
      name: 'the apt-mark auto idiom of the official images',
      code:
        'FROM debian:12-slim\nRUN set -eux; savedAptMark="$(apt-mark showmanual)"; \\\n' +
        '  apt-get update; apt-get install -y --no-install-recommends gcc make libc6-dev; \\\n' +
        '  ./configure; make -j"$(nproc)"; make install; \\\n' +
        '  apt-mark auto \'.*\' > /dev/null; [ -z "$savedAptMark" ] || apt-mark manual $savedAptMark; \\\n' +
        '  apt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportance=false\nCMD ["redis-server"]',
    },
    {
      name: 'a virtual package named without a dot',
      code: 'FROM alpine:3.20\nRUN apk add --virtual build-deps cmake gcc && cmake . && make && apk del build-deps\nCMD ["/usr/sbin/mosquitto"]',
    },
    {
      name: 'toolchain removed by name',
      code: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y build-essential && pip install numpy && apt-get purge -y build-essential\nCMD ["python", "app.py"]',
    },
    {
      name: 'build dependencies in a variable, purged',
      code: 'FROM debian:12\nRUN buildDeps="gcc make" && apt-get install -y $buildDeps && cmake . && make && apt-get purge -y --auto-remove $buildDeps\nCMD ["neko"]',
    },
    { name: 'a toolchain image without CMD', code: 'FROM golang:1.23\nCOPY . .\nRUN go build ./...' },
    { name: 'a toolchain image with a shell CMD', code: 'FROM debian:12\nRUN apt-get install -y build-essential && make\nCMD ["bash"]' },
    { name: 'a login shell', code: 'FROM debian:12\nRUN apt-get install -y build-essential && make\nCMD ["/bin/bash", "-l"]' },
    { name: 'pipx and uv pip are no build step of gcc', code: 'FROM python:3.12\nRUN apt-get install -y gcc && pipx install black && uv pip install --system flask\nCMD ["python", "app.py"]' },
    { name: 'ENTRYPOINT [] then a shell', code: 'FROM ubuntu:22.04\nRUN apt-get install -y build-essential cmake && cmake . && make\nENTRYPOINT []\nCMD ["/bin/bash"]' },
    { name: 'a shell behind a setup entrypoint', code: 'FROM ubuntu:20.04\nRUN apt-get install -y build-essential && make -C /opt/ros\nENTRYPOINT ["/ros_entrypoint.sh"]\nCMD ["bash"]' },
    { name: 'an interactive shell entrypoint', code: 'FROM debian:12\nRUN apt-get install -y gcc make && make\nENTRYPOINT ["bash", "-i", "-c"]\nCMD ["make test"]' },
    { name: 'a keep-alive for docker exec', code: 'FROM golang:1.23\nRUN go install github.com/go-delve/delve/cmd/dlv@latest\nCMD ["tail", "-f", "/dev/null"]' },
    { name: 'a debugger running the app in a development image', code: 'FROM golang:1.23\nRUN go build -o /app .\nENTRYPOINT ["/usr/bin/tini", "-s", "--", "dlv", "exec", "--headless", "/app"]' },
    { name: 'a CI image running Docker in Docker', code: 'FROM amazonlinux:2\nRUN yum install -y gcc make && make install\nENTRYPOINT ["/usr/local/bin/dockerd-entrypoint.sh"]' },
    { name: 'a Jenkins agent', code: 'FROM centos:7\nRUN yum install -y gcc make && ./configure && make\nENTRYPOINT ["/usr/local/bin/run-jnlp-client"]' },
    { name: 'an interpreter prompt', code: 'FROM debian:12\nRUN apt-get install -y gcc make && ./configure && make install\nCMD ["ghci"]' },
    { name: 'tools installed but nothing built', code: `FROM debian:12\nRUN apt-get install -y build-essential git\n${APP}` },
    { name: 'headers alone', code: 'FROM python:3.12\nRUN apt-get install -y libpq-dev && pip install psycopg2\nCMD ["python", "app.py"]' },
    { name: 'dpkg-dev is not a toolchain', code: 'FROM debian:12\nRUN apt-get install -y dpkg-dev && make\nCMD ["app"]' },
    { name: 'version checks', code: 'FROM golang:1.23\nRUN go version && gcc --version && javac -version\nCMD ["app"]' },
    { name: 'a global tool install is not a build', code: 'FROM node:22\nRUN apt-get install -y make && npm install -g yarn && yarn --version\nCMD ["node", "app.js"]' },
    { name: 'ONBUILD runs downstream', code: 'FROM golang:1.23\nONBUILD RUN go build -o /app .\nCMD ["/app"]' },
    { name: 'variable packages are not seen', code: 'FROM debian:12\nRUN apt-get install -y $PKGS && make\nCMD ["app"]' },
    {
      name: 'PowerShell',
      code: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN go build -o app.exe .\nCMD ["app.exe"]',
    },
    { name: 'only the final stage', code: 'FROM golang:1.23 AS dev\nRUN go build ./...\nCMD ["./app"]\nFROM alpine:3.20\nCMD ["sh", "-c", "echo"]' },
  ],
  invalid: [
    {
      name: "Alpine's linux-headers is the userspace API: an app that keeps its compiler is reported",
      code: 'FROM python:3.12-alpine\nRUN apk add --no-cache build-base linux-headers libffi-dev && pip install homeassistant\nCMD ["hass", "--config", "/config"]',
      errors: [{ line: 2, column: 24, endColumn: 34, message: 'The final image ships build tools (`build-base`, `linux-headers`, `libffi-dev`); build in a separate stage and `COPY --from` only the result' }],
    },
    {
      name: 'compiling in a single golang stage',
      code: 'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go build -v -o /usr/local/bin/app .\nCMD ["app"]',
      errors: [{
        line: 4, column: 5, endLine: 4, endColumn: 13,
        message: 'The final image ships build tools (`go build`); build in a separate stage and `COPY --from` only the result',
      }],
    },
    {
      name: 'build-essential next to make',
      code: `FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libssl-dev=3.0.15 \\\n    && make\n${APP}`,
      errors: [{ line: 2, column: 66, endColumn: 81, message: /\(`build-essential`, `libssl-dev`\)/ }],
    },
    {
      name: 'compilers for pip, apk',
      code: 'FROM python:3.12-alpine\nRUN apk add --no-cache build-base libffi-dev\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]',
      errors: [{ line: 2, column: 24, endColumn: 34, message: /`build-base`, `libffi-dev`/ }],
    },
    {
      name: 'every spelling of pip install builds with the compilers',
      code:
        'FROM python:3.12\nRUN apt-get install -y gcc\nRUN pip3.12 install -r a.txt && python3 -u -m pip install -r b.txt\n' +
        'RUN sudo -H /opt/venv/bin/pip --timeout 60 install c\nCMD ["python", "app.py"]',
      errors: [{ line: 2, column: 24, endColumn: 27, message: /\(`gcc`\)/ }],
    },
    {
      name: 'python -m pip alone is a build step',
      code: 'FROM python:3.12\nRUN apt-get install -y gcc\nRUN python3 -m pip install numpy\nCMD ["python", "app.py"]',
      errors: [{ line: 2, column: 24, message: /\(`gcc`\)/ }],
    },
    {
      name: 'sudo pip alone is a build step',
      code: 'FROM python:3.12\nRUN apt-get install -y gcc\nRUN sudo -H pip3 install numpy\nCMD ["python", "app.py"]',
      errors: [{ line: 2, column: 24, message: /\(`gcc`\)/ }],
    },
    {
      name: 'a virtual package that is not removed',
      code: 'FROM node:22-alpine\nRUN apk add --virtual .gyp python3 make g++ && npm ci && apk del python3\nCMD ["node", "server.js"]',
      errors: [{ line: 2, column: 36, endColumn: 40, message: /\(`make`, `g\+\+`\)/ }],
    },
    {
      name: 'npm run build',
      code: 'FROM node:22\nCOPY . .\nRUN npm ci && npm run build\nCMD ["node", "dist/server.js"]',
      errors: [{ line: 3, column: 15, endColumn: 28, message: /\(`npm build`\)/ }],
    },
    { name: 'maven package', code: 'FROM maven:3-eclipse-temurin-21\nCOPY . .\nRUN mvn -B -DskipTests clean package\nENTRYPOINT ["java", "-jar", "target/app.jar"]', errors: [{ line: 3, column: 5, endColumn: 37, message: 'The final image ships build tools (`mvn package`); build in a separate stage and `COPY --from` only the result' }] },
    { name: 'gradle wrapper', code: 'FROM eclipse-temurin:21\nCOPY . .\nRUN ./gradlew bootJar\nENTRYPOINT ["java", "-jar", "build/libs/app.jar"]', errors: [{ line: 3, column: 5, endColumn: 22, message: 'The final image ships build tools (`gradlew bootJar`); build in a separate stage and `COPY --from` only the result' }] },
    { name: 'dotnet publish', code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nCOPY . .\nRUN dotnet publish -c Release -o /app\nENTRYPOINT ["dotnet", "/app/app.dll"]', errors: [{ line: 3, column: 5, endColumn: 19, message: 'The final image ships build tools (`dotnet publish`); build in a separate stage and `COPY --from` only the result' }] },
    { name: 'cargo build in a heredoc', code: 'FROM rust:1.82\nCOPY . .\nRUN <<EOF\nset -e\ncargo build --release\nEOF\nCMD ["./target/release/app"]', errors: [{ line: 5, column: 1, endColumn: 12, message: 'The final image ships build tools (`cargo build`); build in a separate stage and `COPY --from` only the result' }] },
    {
      name: 'an RPM toolchain with a version pin',
      code: 'FROM rockylinux:9\nRUN dnf install -y gcc-11.3.1 make openssl-devel && make\nCMD ["/app"]',
      errors: [{ line: 2, column: 20, endColumn: 30, message: /\(`gcc`, `make`, `openssl-devel`\)/ }],
    },
    {
      name: 'reported once, naming what was found',
      code: 'FROM debian:12\nRUN apt-get install -y gcc g++ make cmake golang\nRUN cmake . && make\nCMD ["/app"]',
      errors: [{ line: 2, column: 24, message: /\(`gcc`, `g\+\+`, `make` and 2 more\)/ }],
    },
    {
      name: 'a builder stage that the final stage ignores',
      code: 'FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM golang:1.23\nRUN go install ./cmd/app\nCMD ["app"]',
      errors: [{ line: 4, column: 5, endColumn: 15, message: 'The final image ships build tools (`go install`); build in a separate stage and `COPY --from` only the result' }],
    },
    {
      name: 'a command-line tool built from source still ships its compilers',
      code: 'FROM ubuntu:24.04\nRUN apt-get install -y build-essential autoconf && ./configure && make install\nENTRYPOINT ["snort"]\nCMD ["--help"]',
      errors: [{ line: 2, column: 24, endColumn: 39, message: 'The final image ships build tools (`build-essential`, `autoconf`); build in a separate stage and `COPY --from` only the result' }],
    },
    {
      name: 'an app behind an entrypoint script',
      code: 'FROM golang:1.23\nRUN go build -o /usr/local/bin/server .\nENTRYPOINT ["/docker-entrypoint.sh"]\nCMD ["server"]',
      errors: [{ line: 2, column: 5, endColumn: 13, message: 'The final image ships build tools (`go build`); build in a separate stage and `COPY --from` only the result' }],
    },
  ],
});
