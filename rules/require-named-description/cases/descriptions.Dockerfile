# syntax=docker/dockerfile:1
# VERSION is the release to package
ARG VERSION=1.4.2
# Go toolchain
ARG GO_VERSION=1.23

# build compiles the server
FROM golang:${GO_VERSION} AS build
RUN go build -o /out/server . \
# no tests here
  && true
ARG CGO_ENABLED=0

# Runtime image
FROM alpine:3.20 AS runtime
#
ARG USER_ID=10001
COPY --from=build /out/server /usr/local/bin/server
# expect DF2010 5:5-5:15 Comment for ARG should follow the format: `# GO_VERSION <description>`
# expect DF2010 15:21-15:28 Comment for FROM should follow the format: `# runtime <description>`
