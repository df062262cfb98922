# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
ARG APP_VERSION=0.0.0

FROM --platform=$BUILDPLATFORM golang:${GO_VERSION} AS build
ARG TARGETOS TARGETARCH
ARG APP_VERSION
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -ldflags "-X main.version=$APP_VERSION" -o /out/app .

FROM gcr.io/distroless/static-debian12
# The global ARG is not declared again in this stage:
LABEL org.opencontainers.image.version=$APP_VERSION
#                                      ^^^^^^^^^^^^ DF3006 `$APP_VERSION` is not defined here, so the builder makes it an empty string: declare it with `ARG APP_VERSION` in this stage (a global ARG too) or set it with `ENV` before this line
COPY --from=build /out/app /app
# Set by the base image, which dflint cannot see:
ENV PATH=/opt/bin:$PATH SSL_CERT_FILE=$SSL_CERT_DIR/ca.pem
COPY <<'EOF' /etc/motd
Built for $TARGETARCH
EOF
ENTRYPOINT ["/app"]
