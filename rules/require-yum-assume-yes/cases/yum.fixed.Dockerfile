FROM centos:7
RUN yum install -y httpd-2.4.6 && yum clean all
RUN yum install -y httpd-2.4.6 && yum clean all
#       ^^^^^^^ DL3030
RUN set -eux; \
    yum -y update; \
    yum remove -y \
#       ^^^^^^ DL3030
      postfix; \
    yum clean all
ONBUILD RUN yum groupinstall -y "Development Tools"
#               ^^^^^^^^^^^^ DL3030
