FROM debian:12
RUN apt-get update \
    && sudo apt-get install -y --no-install-recommends make \
#      ^^^^ DL3004 Do not use `sudo`: build steps run as the current USER; switch with `USER` instead
    && rm -rf /var/lib/apt/lists/*
# Installing the sudo package is fine; running it is not.
RUN apt-get install -y sudo
ONBUILD RUN sudo make
#           ^^^^ DL3004 Do not use `sudo`: build steps run as the current USER; switch with `USER` instead
