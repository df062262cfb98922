ARG NODE_TAG=latest
FROM node:${NODE_TAG} AS build
#    ^^^^^^^^^^^^^^^^ DL3007 Pin `node:${NODE_TAG}` (`node:latest`) to a version tag instead of `latest`, or add a digest
RUN npm ci && npm run build

FROM nginx:latest
#          ^^^^^^ DL3007 Pin `nginx:latest` to a version tag instead of `latest`, or add a digest
COPY --from=build /app/dist /usr/share/nginx/html

# A digest pins one specific build of `latest`.
FROM nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS pinned
FROM node:latest-alpine
