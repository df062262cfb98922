FROM debian:12
RUN apt-get update && apt-get install -y --no-install-recommends openssh-server vim \
    && rm -rf /var/lib/apt/lists/*
# A service started in a RUN does not run in the image.
RUN service ssh start
#   ^^^^^^^ DL3001 `service` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead
RUN mkdir -p /root/.ssh && ssh-keygen -A
ONBUILD RUN top -b -n 1
#           ^^^ DL3001 `top` makes no sense in a build step: start processes from `CMD` or `ENTRYPOINT` instead
CMD ["/usr/sbin/sshd", "-D"]
