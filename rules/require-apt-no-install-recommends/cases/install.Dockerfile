FROM debian:12
RUN apt-get update \
    && apt-get install -y \
#              ^^^^^^^ DL3015 Add `--no-install-recommends` to `apt-get install` to avoid installing packages nobody asked for
        ca-certificates \
        curl \
    && apt-get install -y --no-install-recommends git \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get -o APT::Install-Recommends=false install -y make
ONBUILD RUN apt install -y jq
#               ^^^^^^^ DL3015 Add `--no-install-recommends` to `apt install` to avoid installing packages nobody asked for
