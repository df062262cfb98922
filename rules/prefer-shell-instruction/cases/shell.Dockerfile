FROM debian:12
RUN ln -sf /bin/bash /bin/sh
#                    ^^^^^^^ DL4005 Use `SHELL ["/bin/bash", "-c"]` to change the shell of RUN instead of replacing `/bin/sh`
RUN ln -s /bin/sh /usr/local/bin/posix-sh
SHELL ["/bin/bash", "-c"]
