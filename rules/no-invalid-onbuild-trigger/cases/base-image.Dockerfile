FROM node:22-slim
WORKDIR /app
ONBUILD COPY package.json package-lock.json ./
ONBUILD RUN npm ci
ONBUILD FROM node:22-slim
#       ^^^^ DL3043
ONBUILD ONBUILD RUN npm test
#       ^^^^^^^ DL3043
ONBUILD MAINTAINER team@example.com
#       ^^^^^^^^^^ DL3043
