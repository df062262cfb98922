FROM debian:12 AS build
# A builder stage ships no layers: not reported.
RUN apt-get update && apt-get install -y --no-install-recommends gcc

FROM debian:12
RUN apt-get update \
#           ^^^^^^ DL3009 Delete the apt lists after installing: end this RUN with `rm -rf /var/lib/apt/lists/*`
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /tmp/* /var/tmp/*
RUN apt-get update \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
    apt-get update && apt-get install -y --no-install-recommends make
COPY --from=build /usr/bin/gcc /usr/bin/gcc
RUN <<EOF
set -eux
apt-get update
#       ^^^^^^ DL3009 Delete the apt lists after installing: end this RUN with `rm -rf /var/lib/apt/lists/*`
apt-get install -y --no-install-recommends ca-certificates
EOF
RUN apt-get update && \
#           ^^^^^^ DL3009 Delete the apt lists after installing: end this RUN with `rm -rf /var/lib/apt/lists/*`
    apt-get install -y --no-install-recommends \
        wget \
        xz-utils # tools
