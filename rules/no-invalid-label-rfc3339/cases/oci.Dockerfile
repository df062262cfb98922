# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20
ARG BUILD_DATE
ENV RELEASED=2024-05-01
LABEL org.opencontainers.image.created=$BUILD_DATE
LABEL org.opencontainers.image.created="${RELEASED}T00:00:00Z"
LABEL org.opencontainers.image.created="${RELEASED}"
#                                      ^^^^^^^^^^^^^ DL3053
LABEL org.opencontainers.image.created="2024-05-01T25:00:00Z"
#                                      ^^^^^^^^^^^^^^^^^^^^^^ DL3053
