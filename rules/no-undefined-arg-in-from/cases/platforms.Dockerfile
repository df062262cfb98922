ARG ALPINE_VERSION=3.20

FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app .

FROM alpine:${ALPINE_VERSON}
#           ^^^^^^^^^^^^^^^^ DF2003 `$ALPINE_VERSON` is not a global ARG (did you mean `$ALPINE_VERSION`?), so it is empty in FROM: declare it with `ARG ALPINE_VERSON` before the first FROM
COPY --from=build /out/app /usr/local/bin/app
