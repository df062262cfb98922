# OCI labels typed by oci.settings.json
FROM alpine:3.20
LABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND BSD-3-Clause"
LABEL org.opencontainers.image.licenses="GPL-2.0-or-later WITH Linux-syscall-note"
LABEL org.opencontainers.image.licenses="GPLv2"
#                                       ^^^^^^^ DL3054
LABEL org.opencontainers.image.licenses="MIT/Apache-2.0" \
#                                       ^^^^^^^^^^^^^^^^ DL3054
      license="anything"
