FROM fedora:40
# ruleid: dockerfile.dnf-no-clean
RUN dnf install -y nginx-1.24.0
# ruleid: dockerfile.dnf-no-clean
RUN microdnf install -y shadow-utils
# ok: dockerfile.dnf-no-clean
RUN dnf install -y nginx-1.24.0 && dnf clean all
# ok: dockerfile.dnf-no-clean
RUN microdnf install -y shadow-utils && microdnf clean all
# ok: dockerfile.dnf-no-clean
RUN --mount=type=cache,target=/var/cache/dnf dnf install -y nginx-1.24.0
