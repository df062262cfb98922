# labelSchema: org.opencontainers.image.{revision,created,title} (placeholders.settings.json)
FROM alpine:3.20
ARG REVISION=""
ARG CREATED
ENV TITLE=""
LABEL org.opencontainers.image.revision="${REVISION}" \
      org.opencontainers.image.created=$CREATED \
      org.opencontainers.image.title="$TITLE" \
#                                    ^^^^^^^^ DL3051 Label `org.opencontainers.image.title` is empty; give it a value
      org.opencontainers.image.description=""
