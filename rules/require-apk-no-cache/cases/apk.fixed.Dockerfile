FROM alpine:3.20
RUN apk update \
    && apk add --no-cache \
#          ^^^ DL3019 Use `apk add --no-cache` so the package index is not kept in the image
        curl \
        git
RUN apk add --no-cache make
RUN --mount=type=cache,target=/var/cache/apk apk add gcc
RUN apk add -U jq && rm -rf /var/cache/apk/*
