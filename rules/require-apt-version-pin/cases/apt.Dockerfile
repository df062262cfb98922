FROM debian:12
ARG TOOLS="make=4.3-4.1 git"
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        curl=7.88.1-10+deb12u8 \
        ca-certificates \
#       ^^^^^^^^^^^^^^^ DL3008 Pin the versions of `ca-certificates` and `git`: `apt-get install ca-certificates=<version>`
        $TOOLS \
    && rm -rf /var/lib/apt/lists/*
# Pinned to a release, or a local file: not reported.
RUN apt-get install -y jq/bookworm-backports ./vendor/tool.deb
ONBUILD RUN apt-get install -y wget
#                              ^^^^ DL3008 Pin the version of `wget`: `apt-get install wget=<version>`
