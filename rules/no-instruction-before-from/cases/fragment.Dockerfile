# syntax=docker/dockerfile:1
ARG BASE=debian:12
MAINTAINER team@example.com
# expect DL3061 3:1-3:11
FROM ${BASE}
LABEL org.opencontainers.image.title=app
