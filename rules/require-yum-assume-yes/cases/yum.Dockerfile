FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum install httpd-2.4.6 && yum clean all
#       ^^^^^^^ DL3030 Use `yum install -y` so yum does not wait for a confirmation
RUN set -eux; \
    yum -y update; \
    yum remove \
#       ^^^^^^ DL3030 Use `yum remove -y` so yum does not wait for a confirmation
      postfix; \
    yum clean all
ONBUILD RUN yum groupinstall "Development Tools"
#               ^^^^^^^^^^^^ DL3030 Use `yum groupinstall -y` so yum does not wait for a confirmation
