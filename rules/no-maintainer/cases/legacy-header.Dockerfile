FROM centos:7
# expect DL4000 3:1-3:11 `MAINTAINER` is deprecated: use `LABEL maintainer="..."` instead
MAINTAINER The CentOS Project <cloud-ops@centos.org>
LABEL org.opencontainers.image.title="httpd"
RUN yum -y install httpd
