FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
#              ^^^^^^^ DL3014 Add `-y` to `apt-get install`: a build cannot answer apt's confirmation prompt
        curl=7.88.1-10+deb12u8 \
    && rm -rf /var/lib/apt/lists/*
RUN apt-get -qq install make=4.3-4.1
ONBUILD RUN apt-get install -y git=1:2.39.5-0+deb12u1
#                   ^^^^^^^ DL3014 Add `-y` to `apt-get install`: a build cannot answer apt's confirmation prompt
