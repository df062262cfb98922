# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20
ARG MAINTAINER
LABEL maintainer=$MAINTAINER
LABEL maintainer="platform@example.com"
LABEL maintainer="Platform Team <platform@example.com>"
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3058
LABEL "maintainer"=platform.example.com
#                  ^^^^^^^^^^^^^^^^^^^^ DL3058
