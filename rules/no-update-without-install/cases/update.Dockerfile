FROM debian:12
# The index of this layer is reused, stale, by every later build.
RUN apt-get update
#   ^^^^^^^^^^^^^^ DF4001
RUN apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
# A script may install packages itself.
RUN apt-get update && /usr/local/bin/install-deps.sh

FROM alpine:3.20
RUN apk update && apk add --no-cache curl
