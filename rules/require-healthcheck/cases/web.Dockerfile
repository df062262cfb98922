# A builder stage never runs as a container: no HEALTHCHECK needed.
FROM node:22 AS build
WORKDIR /src
RUN npm ci && npm run build

FROM nginx:1.27 AS base
HEALTHCHECK CMD curl -fs http://localhost/ || exit 1

# Inherits the HEALTHCHECK of base.
FROM base AS web
COPY --from=build /src/dist /usr/share/nginx/html/

FROM alpine:3.20 AS tools
#    ^^^^^^^^^^^ DL3057 The image has no `HEALTHCHECK`: add one, or `HEALTHCHECK NONE` to say it needs none
RUN apk add --no-cache curl
