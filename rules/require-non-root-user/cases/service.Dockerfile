# Build stages need no USER: only the final image runs.
FROM golang:1.22-bookworm AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/server ./cmd/server

FROM debian:12-slim AS runtime
#    ^^^^^^^^^^^^^^ DF5001 No `USER` is set for the final image, so it runs as the base image's user (usually root): add `USER <non-root user>` after the steps that need root
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# A USER inside ONBUILD only applies to images built FROM this one.
ONBUILD USER app
COPY --from=build /out/server /usr/local/bin/server
EXPOSE 8080
ENTRYPOINT ["server"]
CMD ["--listen", ":8080"]
