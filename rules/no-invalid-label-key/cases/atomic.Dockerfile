# Project Atomic run labels must be upper case; the case allows them with `allowedKeys`
# (atomic.options.json), and reports the other keys.
FROM centos:7
LABEL RUN="docker run -d --privileged IMAGE" \
      INSTALL="docker run --rm --privileged -v /:/host IMAGE /install.sh" \
      Vendor="CentOS" \
#     ^^^^^^ DL3048 Label key `Vendor` has upper-case letters; use `vendor`
      "License"=GPLv2 \
#     ^^^^^^^^^ DL3048 Label key `License` has upper-case letters; use `license`
      io.k8s.description="Bind DNS server" \
      com.docker.compose.service=dns
# expect DL3048 11:7-11:33 Label key `com.docker.compose.service` is in the `com.docker.*` namespace, which Docker reserves; prefix it with a reverse DNS name you own
ONBUILD LABEL Build-Date=today
#             ^^^^^^^^^^ DL3048 Label key `Build-Date` has upper-case letters; use `build-date`
