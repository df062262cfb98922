FROM centos:7
ARG GIT_VERSION=1.8.3.1
RUN yum install -y httpd-2.4.6 git-${GIT_VERSION} && yum clean all
RUN INSTALL_PKGS="tar unzip-6.0" && \
    yum install -y $INSTALL_PKGS && \
#                  ^^^^^^^^^^^^^ DL3033 Pin the version of `tar`: `yum install tar-<version>`
    yum clean all
RUN yum install -y \
      make-3.82 \
      gcc \
#     ^^^ DL3033 Pin the version of `gcc`: `yum install gcc-<version>`
    && yum clean all
