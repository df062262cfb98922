FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM --platform=$TARGETPLATFORM alpine:3.20
#               ^^^^^^^^^^^^^^^ DL3065 `--platform=$TARGETPLATFORM` is the default: remove it
COPY --from=build /out/app /usr/local/bin/app
