FROM golang:1.23 AS build
# Builder stages never run as a container: their users are not reported.
USER nobody
RUN go build -o /tmp/app .

FROM debian:12
# A temporary switch to root for installing is not what the image runs as.
USER root
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
ARG APP_USER=app
USER ${APP_USER}
#    ^^^^^^^^^^^ DL3066 The image runs as user name `app`: use a numeric uid so the host can verify it (`USER 10001`)
