FROM debian:12 AS fetch
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
RUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL4006 Set `-o pipefail` before this pipe (`SHELL ["/bin/bash", "-o", "pipefail", "-c"]` or `set -o pipefail`): otherwise a failing `curl` does not fail the build
RUN set -eo pipefail; curl -fsSL https://example.com/lib.tgz | tar -xz -C /opt

FROM alpine:3.20
# BusyBox ash knows pipefail.
SHELL ["/bin/sh", "-o", "pipefail", "-c"]
RUN wget -qO- https://example.com/install.sh | sh
