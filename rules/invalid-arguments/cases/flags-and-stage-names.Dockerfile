FROM node:22-alpine AS build
WORKDIR /app
RUN --mount=type=cache,target=/root/.npm npm ci && npm run build

FROM nginx:alpine AS web
COPY --from build /app/dist/* /usr/share/nginx/html
#    ^^^^^^ DF1003 `--from` has no value (BuildKit does not take the next word as its value): write `--from=build`
COPY --from=build /app/nginx.conf /etc/nginx/conf.d/default.conf

ARG VARIANT=slim
FROM debian:12-slim AS runtime-${VARIANT}
#                      ^^^^^^^^^^^^^^^^^^ DF1003 Invalid stage name `runtime-${VARIANT}`: a stage name starts with a letter and has only letters, digits, `-`, `_` and `.` (variables are not expanded in stage names)
FROM --platform=linux/arm/v7 debian:12-slim AS linux-arm/v7
#                                              ^^^^^^^^^^^^ DF1003 Invalid stage name `linux-arm/v7`: a stage name starts with a letter and has only letters, digits, `-`, `_` and `.`
FROM debian:12-slim AS Release_1.0
COPY --link --from=web /usr/share/nginx/html /srv/
