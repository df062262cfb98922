# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20
ARG SOURCE_URL=TBD
ENV DOCS_HOST=docs.example.com
LABEL org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.documentation="https://${DOCS_HOST}/app" \
      org.opencontainers.image.url=whatever
LABEL org.opencontainers.image.documentation=$DOCS_HOST/app
#                                            ^^^^^^^^^^^^^^ DL3052 Label `org.opencontainers.image.documentation` is not a URL: `docs.example.com/app`; use an absolute URL such as `https://example.com/app`
LABEL org.opencontainers.image.source="git@github.com:example/app.git"
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3052 Label `org.opencontainers.image.source` is not a URL: `git@github.com:example/app.git`; use an absolute URL such as `https://example.com/app`
