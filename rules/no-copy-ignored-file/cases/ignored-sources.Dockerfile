FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
COPY .env ./
#    ^^^^ DF3004 `.env` is excluded by the `.dockerignore` pattern `.env`, so `COPY` cannot use it: change the source or the pattern
ARG OUT=dist
COPY ${OUT}/server.js debug.log ./
#    ^^^^^^^^^^^^^^^^ DF3004 `dist/server.js` is excluded by the `.dockerignore` pattern `dist/`, so `COPY` cannot use it: change the source or the pattern
#                     ^^^^^^^^^ DF3004 `debug.log` is excluded by the `.dockerignore` pattern `*.log`, so `COPY` cannot use it: change the source or the pattern
# A file re-included by a `!` pattern reaches the build, and so does its folder.
COPY coverage/summary.json coverage ./reports/
COPY src/node_modules/ ./vendor/
