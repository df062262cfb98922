# Build tools run on the build machine and cross-compile:
FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

# Per-architecture stages, selected below by TARGETARCH:
FROM --platform=linux/amd64 debian:12 AS runtime-amd64
FROM --platform=linux/arm64 debian:12 AS runtime-arm64

FROM --platform=linux/amd64 debian:12 AS tools
#               ^^^^^^^^^^^ DL3029 `FROM --platform=linux/amd64` builds this stage for `linux/amd64` whatever platform the build targets: use `$BUILDPLATFORM` for build tools, or leave the platform to `docker build --platform`

FROM runtime-${TARGETARCH}
COPY --from=build /out/app /usr/local/bin/app
