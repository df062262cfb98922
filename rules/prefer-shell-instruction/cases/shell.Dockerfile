FROM debian:12
RUN ln -sf /bin/bash /bin/sh
#                    ^^^^^^^ DL4005
RUN ln -s /bin/sh /usr/local/bin/posix-sh
SHELL ["/bin/bash", "-c"]
