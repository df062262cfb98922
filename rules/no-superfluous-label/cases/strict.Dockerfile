# labelSchema: maintainer, org.opencontainers.image.version; strictLabels: true (strict.settings.json)
FROM alpine:3.20
ARG VERSION=1.0.0
LABEL maintainer="team@example.com" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.vendor="Example" \
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3050 Label `org.opencontainers.image.vendor` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema
      "build-host"=ci-7
#     ^^^^^^^^^^^^ DL3050 Label `build-host` is not in `labelSchema`, and `strictLabels` allows no other labels; remove it or add it to the schema
