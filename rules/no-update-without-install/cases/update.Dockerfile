FROM debian:12
# The index of this layer is reused, stale, by every later build.
RUN apt-get update
#   ^^^^^^^^^^^^^^ DF4001 `apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the same RUN as `apt-get install` on line 5
RUN apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
# A script may install packages itself.
RUN apt-get update && /usr/local/bin/install-deps.sh

FROM alpine:3.20
RUN apk update && apk add --no-cache curl

# Refresh, check the sources, clean up: no index is left behind.
FROM debian:13
RUN set -eux; \
    apt-get update; \
    apt-cache policy; \
    apt-get dist-clean
# Cleaning first and refreshing last keeps a fresh index in the layer.
RUN rm -rf /var/lib/apt/lists/* && apt-get clean && apt-get update
#                                                   ^^^^^^^^^^^^^^ DF4001 `apt-get update` installs nothing in this RUN: the build cache keeps this step, so later installs read a stale index; run it in the RUN that installs, or drop it
