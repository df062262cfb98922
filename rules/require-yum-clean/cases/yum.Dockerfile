FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum install -y \
#       ^^^^^^^ DL3032 Clean the yum cache after installing: end this RUN with `yum clean all`
      git-1.8.3.1 \
    && rm -rf /tmp/*
RUN --mount=type=cache,target=/var/cache/yum \
    yum install -y make-3.82
