# labelSchema: org.opencontainers.image.{source,version,revision} (multi-stage.settings.json).
# `test` can be built with --target, so it is checked; `base` and `build` are not images.
FROM golang:1.22 AS build
RUN go build -o /app ./...

FROM alpine:3.20 AS base
ARG VERSION
ARG REVISION
LABEL org.opencontainers.image.source="https://github.com/example/app" \
      org.opencontainers.image.version="${VERSION}"

FROM base AS test
#    ^^^^ DL3049 Label `org.opencontainers.image.revision` required by `labelSchema` is missing from this image; add it with `LABEL`
RUN go test ./...

FROM base AS release
COPY --from=build /app /app
LABEL org.opencontainers.image.revision="${REVISION}"

FROM scratch AS export
#    ^^^^^^^ DL3049 Labels `org.opencontainers.image.source`, `org.opencontainers.image.version` and `org.opencontainers.image.revision` required by `labelSchema` are missing from this image; add them with `LABEL`
COPY --from=build /app /
