FROM rockylinux:9
# ruleid: dockerfile.yum-no-clean
RUN yum install -y httpd-2.4.57
# ruleid: dockerfile.yum-no-clean
RUN yum -y update && yum clean packages
# ok: dockerfile.yum-no-clean
RUN yum install -y httpd-2.4.57 && yum clean all
# ok: dockerfile.yum-no-clean
RUN yum install -y httpd-2.4.57 && rm -rf /var/cache/yum
# ok: dockerfile.yum-no-clean
RUN dnf install -y httpd-2.4.57 && dnf clean all
