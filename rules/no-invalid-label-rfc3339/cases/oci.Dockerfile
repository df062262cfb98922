# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20
ARG BUILD_DATE
ENV RELEASED=2024-05-01
LABEL org.opencontainers.image.created=$BUILD_DATE
LABEL org.opencontainers.image.created="${RELEASED}T00:00:00Z"
LABEL org.opencontainers.image.created="${RELEASED}"
#                                      ^^^^^^^^^^^^^ DL3053 Label `org.opencontainers.image.created` is not an RFC 3339 date-time: `2024-05-01`; use a time such as `2024-05-01T12:30:00Z`
LABEL org.opencontainers.image.created="2024-05-01T25:00:00Z"
#                                      ^^^^^^^^^^^^^^^^^^^^^^ DL3053 Label `org.opencontainers.image.created` is not an RFC 3339 date-time: `2024-05-01T25:00:00Z`; use a time such as `2024-05-01T12:30:00Z`
