ARG NODE_TAG=latest
FROM node:${NODE_TAG} AS build
#    ^^^^^^^^^^^^^^^^ DL3007
RUN npm ci && npm run build

FROM nginx:latest
#          ^^^^^^ DL3007
COPY --from=build /app/dist /usr/share/nginx/html

# A digest pins one specific build of `latest`.
FROM nginx:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef AS pinned
FROM node:latest-alpine
