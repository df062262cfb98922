FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
COPY .env ./
#    ^^^^ DF3004
ARG OUT=dist
COPY ${OUT}/server.js debug.log ./
#    ^^^^^^^^^^^^^^^^ DF3004
#                     ^^^^^^^^^ DF3004
# A file re-included by a `!` pattern reaches the build, and so does its folder.
COPY coverage/summary.json coverage ./reports/
COPY src/node_modules/ ./vendor/
