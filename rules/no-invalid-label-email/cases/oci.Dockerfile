# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20
ARG MAINTAINER
LABEL maintainer=$MAINTAINER
LABEL maintainer="platform@example.com"
LABEL maintainer="Platform Team <platform@example.com>"
#                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3058 Label `maintainer` is not an e-mail address: `Platform Team <platform@example.com>`; use a bare address such as `team@example.com`
LABEL "maintainer"=platform.example.com
#                  ^^^^^^^^^^^^^^^^^^^^ DL3058 Label `maintainer` is not an e-mail address: `platform.example.com`; use a bare address such as `team@example.com`
