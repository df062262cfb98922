# Project Atomic run labels must be upper case; the case allows them with `allowedKeys`
# (atomic.options.json), and reports the other keys.
FROM centos:7
LABEL RUN="docker run -d --privileged IMAGE" \
      INSTALL="docker run --rm --privileged -v /:/host IMAGE /install.sh" \
      Vendor="CentOS" \
#     ^^^^^^ DL3048
      "License"=GPLv2 \
#     ^^^^^^^^^ DL3048
      io.k8s.description="Bind DNS server" \
      com.docker.compose.service=dns
# expect DL3048 11:7-11:33
ONBUILD LABEL Build-Date=today
#             ^^^^^^^^^^ DL3048
