# OCI labels typed by oci.settings.json; build arguments are not judged
FROM alpine:3.20
ARG VCS_REF=unknown
LABEL org.opencontainers.image.revision=$VCS_REF
LABEL org.opencontainers.image.revision=8f936c5
LABEL org.opencontainers.image.revision=v2.15.1
#                                       ^^^^^^^ DL3055 Label `org.opencontainers.image.revision` is not a git commit id: `v2.15.1`; use the lower-case hex id `git rev-parse HEAD` prints
ONBUILD LABEL org.opencontainers.image.revision=HEAD
#                                               ^^^^ DL3055 Label `org.opencontainers.image.revision` is not a git commit id: `HEAD`; use the lower-case hex id `git rev-parse HEAD` prints
