ARG TAG=latest
ARG PINNED=alpine@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b
ARG VERSION

# ruleid: dockerfile.latest-tag
FROM alpine:latest AS one
# ruleid: dockerfile.latest-tag
FROM registry.example.com:5000/team/app:${TAG} AS two
# ok: dockerfile.latest-tag
FROM alpine:3.20 AS three
# ok: dockerfile.latest-tag
FROM alpine:latest@sha256:c5b1261d6d3e43071626931fc004f70149baeba2c8ec672bd4f27761f8e1ad6b AS four
# ok: dockerfile.latest-tag
FROM ${PINNED} AS five
# ok: dockerfile.latest-tag
FROM node:${VERSION} AS six
# ok: dockerfile.latest-tag
FROM one
# ok: dockerfile.latest-tag
FROM scratch
COPY --from=three /etc/os-release /
