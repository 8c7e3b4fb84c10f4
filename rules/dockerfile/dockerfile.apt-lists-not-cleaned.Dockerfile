FROM debian:12 AS build
# ok: dockerfile.apt-lists-not-cleaned
RUN apt-get update && apt-get install -y --no-install-recommends gcc

FROM debian:12-slim AS runtime-base
# ruleid: dockerfile.apt-lists-not-cleaned
RUN apt-get update && apt-get install -y --no-install-recommends libpq5

FROM runtime-base
# ruleid: dockerfile.apt-lists-not-cleaned
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && apt-get clean
# ok: dockerfile.apt-lists-not-cleaned
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
# ok: dockerfile.apt-lists-not-cleaned
RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y --no-install-recommends curl
# ok: dockerfile.apt-lists-not-cleaned
RUN apt-get install -y --no-install-recommends ./local.deb
