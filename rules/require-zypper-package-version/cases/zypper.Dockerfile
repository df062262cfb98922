FROM opensuse/leap:15.6
RUN zypper -n install curl=8.6.0 && zypper clean
RUN zypper -n install -t pattern devel_basis && zypper clean
RUN zypper -n install \
      git \
#     ^^^ DL3037 Pin the version of `git`: `zypper install git=<version>`
    && zypper clean
