# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20
ARG SOURCE_URL=TBD
ENV DOCS_HOST=docs.example.com
LABEL org.opencontainers.image.source="${SOURCE_URL}" \
      org.opencontainers.image.documentation="https://${DOCS_HOST}/app" \
      org.opencontainers.image.url=whatever
LABEL org.opencontainers.image.documentation=$DOCS_HOST/app
#                                            ^^^^^^^^^^^^^^ DL3052
LABEL org.opencontainers.image.source="git@github.com:example/app.git"
#                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3052
