FROM node:22-slim
WORKDIR /app
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci
ONBUILD FROM node:22-slim
#       ^^^^ DL3043 `FROM` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD
ONBUILD ONBUILD RUN npm test
#       ^^^^^^^ DL3043 `ONBUILD` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD
ONBUILD MAINTAINER team@example.com
#       ^^^^^^^^^^ DL3043 `MAINTAINER` is not allowed as an ONBUILD trigger and fails the build: remove this ONBUILD
