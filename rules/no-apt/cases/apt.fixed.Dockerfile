FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \
#      ^^^ DL3027 Use `apt-get install` instead of `apt install`: `apt` has no stable interface for scripts
    && rm -rf /var/lib/apt/lists/*
RUN apt-cache policy curl
ONBUILD RUN apt-get purge -y curl
#           ^^^ DL3027 Use `apt-get purge` instead of `apt purge`: `apt` has no stable interface for scripts
