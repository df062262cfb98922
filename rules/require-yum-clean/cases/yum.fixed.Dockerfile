FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum install -y \
#       ^^^^^^^ DL3032
      git-1.8.3.1 \
    && rm -rf /tmp/* \
    && yum clean all
RUN --mount=type=cache,target=/var/cache/yum \
    yum install -y make-3.82
