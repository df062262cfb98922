FROM alpine:3.20
ARG RUNTIME="tini~0.19 su-exec"
RUN apk add --no-cache --virtual .build-deps \
        gcc~13 \
        make \
#       ^^^^ DL3018 Pin the version of `make`: `apk add make=<version>` or `make~<version>`
    && apk add --no-cache $RUNTIME
#                         ^^^^^^^^ DL3018 Pin the version of `su-exec`: `apk add su-exec=<version>` or `su-exec~<version>`
RUN apk add --no-cache --allow-untrusted /tmp/tool.apk python3~3.12 !pyc
ONBUILD RUN apk add --no-cache git
#                              ^^^ DL3018 Pin the version of `git`: `apk add git=<version>` or `git~<version>`
