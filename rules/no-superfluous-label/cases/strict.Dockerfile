# labelSchema: maintainer, org.opencontainers.image.version; strictLabels: true (strict.settings.json)
FROM alpine:3.20
ARG VERSION=1.0.0
LABEL maintainer="team@example.com" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.vendor="Example" \
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3050
      "build-host"=ci-7
#     ^^^^^^^^^^^^ DL3050
