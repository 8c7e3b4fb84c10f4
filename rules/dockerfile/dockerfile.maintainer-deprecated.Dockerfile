FROM alpine:3.20
# ruleid: dockerfile.maintainer-deprecated
MAINTAINER Jane Doe <jane@example.com>
# ok: dockerfile.maintainer-deprecated
LABEL org.opencontainers.image.authors="jane@example.com"
