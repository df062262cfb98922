# Root in a build stage that is only copied from never runs.
FROM golang:1.22 AS build
USER root
RUN go build -o /out/server ./cmd/server

# A base stage: judged through the stages built on it.
FROM debian:12-slim AS base
ARG RUNTIME_USER=root
ENV APP_USER=${RUNTIME_USER}
USER ${APP_USER}
#    ^^^^^^^^^^^ DL3002 The image's last `USER` resolves to `root` (inherited by stage `debug`): switch to a non-root user after the steps that need root
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates

# Inherits the root USER of base.
FROM base AS debug
RUN apt-get install -y --no-install-recommends gdb

FROM base AS release
COPY --from=build /out/server /usr/local/bin/server
USER 0:0
#    ^^^ DL3002 The image's last `USER` is `0`: switch to a non-root user after the steps that need root
CMD ["server"]
