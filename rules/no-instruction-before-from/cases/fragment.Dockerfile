# syntax=docker/dockerfile:1
ARG BASE=debian:12
MAINTAINER team@example.com
# expect DL3061 3:1-3:11 `MAINTAINER` comes before the first `FROM`, where only `ARG` is allowed, and fails the build: move it after a `FROM`
FROM ${BASE}
LABEL org.opencontainers.image.title=app
