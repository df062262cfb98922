FROM registry.access.redhat.com/ubi9/ubi
RUN dnf -y install httpd-2.4.57 && dnf clean all
RUN dnf install -y httpd-2.4.57 && dnf clean all
#       ^^^^^^^ DL3038 Use `dnf install -y` so dnf does not wait for a confirmation
RUN dnf module enable -y nodejs:20 && dnf module -y install nodejs:20
#                                         ^^^^^^ DL3038 Use `dnf module install -y` so dnf does not wait for a confirmation

FROM registry.access.redhat.com/ubi9/ubi-minimal
RUN microdnf install -y --nodocs tar-1.34 && microdnf clean all
#            ^^^^^^^ DL3038 Use `microdnf install -y` so microdnf does not wait for a confirmation
