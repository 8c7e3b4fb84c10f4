ARG BASE=python
ARG DIGEST_BASE=python@sha256:0f3b7e1a4e6b62d8a3f8f6c1f5d7f06b1d2fe0c0e6f5a5c7e1b2c3d4e5f6a7b8
ARG FROM_CLI

# ruleid: dockerfile.untagged-image
FROM ubuntu AS base
# ruleid: dockerfile.untagged-image
FROM ${BASE} AS py
# ruleid: dockerfile.untagged-image
FROM localhost:5000/team/tool AS tool
# ok: dockerfile.untagged-image
FROM ubuntu:24.04 AS pinned
# ok: dockerfile.untagged-image
FROM ${DIGEST_BASE} AS digest
# ok: dockerfile.untagged-image
FROM $FROM_CLI AS from-cli
# ok: dockerfile.untagged-image
FROM base AS derived
# ok: dockerfile.untagged-image
FROM scratch
COPY --from=derived /bin/true /true
