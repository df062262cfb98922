FROM fedora:40
RUN dnf install -y httpd-2.4.62 && dnf clean all
RUN dnf install -y git && dnf clean all
#                  ^^^ DL3041 Pin the version of `git`: `dnf install git-<version>`
RUN dnf -y module install nodejs:20 && dnf clean all
