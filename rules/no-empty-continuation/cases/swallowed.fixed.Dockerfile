FROM alpine:3.20
MAINTAINER Example Maintainers

RUN apk add --no-cache openssh-server rsync

COPY sshd_config /etc/ssh/
# expect DF1007 5:1-5:1 Empty continuation line: the line continuation ending line 4 carries `RUN` across it, so `COPY` on line 6 is read as part of that `RUN`, not as an instruction
RUN mkdir -p /srv/data && \
    chown nobody /srv/data && \
    # keep the host keys out of the image
    rm -f /etc/ssh/ssh_host_*
# expect DF1007 10:1-10:1 Empty continuation line: remove it (a future Docker release will reject it)

RUN ssh-keygen -A && \

VOLUME /srv/data
# expect DF1007 16:1-16:1 Empty continuation line: the line continuation ending line 15 carries `RUN` across it, so `VOLUME` on line 17 is read as part of that `RUN`, not as an instruction
EXPOSE 22
