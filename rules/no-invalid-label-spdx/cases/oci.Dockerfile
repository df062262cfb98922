# OCI labels typed by oci.settings.json
FROM alpine:3.20
LABEL org.opencontainers.image.licenses="(MIT OR Apache-2.0) AND BSD-3-Clause"
LABEL org.opencontainers.image.licenses="GPL-2.0-or-later WITH Linux-syscall-note"
LABEL org.opencontainers.image.licenses="GPLv2"
#                                       ^^^^^^^ DL3054 Label `org.opencontainers.image.licenses` is not an SPDX license expression: `GPLv2`; use SPDX identifiers such as `MIT` or `Apache-2.0 OR MIT`
LABEL org.opencontainers.image.licenses="MIT/Apache-2.0" \
#                                       ^^^^^^^^^^^^^^^^ DL3054 Label `org.opencontainers.image.licenses` is not an SPDX license expression: `MIT/Apache-2.0`; use SPDX identifiers such as `MIT` or `Apache-2.0 OR MIT`
      license="anything"
