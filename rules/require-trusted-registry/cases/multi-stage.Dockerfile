# trustedRegistries: registry.example.com, *.mirror.example.com (see multi-stage.settings.json)
ARG GO_VERSION=1.22
FROM registry.example.com/golang:${GO_VERSION} AS build
RUN --mount=type=cache,target=/root/.cache/go-build \
    --mount=type=bind,from=ghcr.io/org/protos:1,target=/protos \
#                          ^^^^^^^ DL3026 Image `ghcr.io/org/protos:1` comes from `ghcr.io`, which is not in `trustedRegistries`; use an image from a trusted registry
    go build -o /app ./...

FROM eu.mirror.example.com/alpine:3.20 AS certs
RUN apk add --no-cache ca-certificates

FROM scratch
COPY --from=build /app /app
COPY --from=certs /etc/ssl/certs /etc/ssl/certs
COPY --from=busybox:1.36 /bin/busybox /bin/busybox
#           ^^^^^^^^^^^^ DL3026 Image `busybox:1.36` comes from Docker Hub (`docker.io`), which is not in `trustedRegistries`; use an image from a trusted registry
ENTRYPOINT ["/app"]

FROM node:20 AS docs
#    ^^^^^^^ DL3026 Image `node:20` comes from Docker Hub (`docker.io`), which is not in `trustedRegistries`; use an image from a trusted registry
RUN npm run docs
