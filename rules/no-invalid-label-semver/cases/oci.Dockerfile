# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20 AS base
ARG VERSION=dev
ENV APP_VERSION=2.4
LABEL org.opencontainers.image.version=$VERSION

FROM base
LABEL org.opencontainers.image.version="${APP_VERSION}.1-rc.1"
LABEL org.opencontainers.image.version="v${APP_VERSION}.1"
#                                      ^^^^^^^^^^^^^^^^^^^ DL3056 Label `org.opencontainers.image.version` is not a semantic version: `v2.4.1`; use MAJOR.MINOR.PATCH such as `1.4.0`, without a `v`
LABEL org.opencontainers.image.version=${APP_VERSION}
#                                      ^^^^^^^^^^^^^^ DL3056 Label `org.opencontainers.image.version` is not a semantic version: `2.4`; use MAJOR.MINOR.PATCH such as `1.4.0`, without a `v`
