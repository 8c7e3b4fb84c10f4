FROM alpine:3.20 AS build
# ok: dockerfile.apk-missing-no-cache
RUN apk add gcc=13.2.1_git20240309-r0

FROM alpine:3.20
# ruleid: dockerfile.apk-missing-no-cache
RUN apk update && apk add curl=8.9.0-r0
# ok: dockerfile.apk-missing-no-cache
RUN apk add --no-cache curl=8.9.0-r0
# ok: dockerfile.apk-missing-no-cache
RUN apk add curl=8.9.0-r0 && rm -rf /var/cache/apk/*
# ok: dockerfile.apk-missing-no-cache
RUN --mount=type=cache,target=/var/cache/apk apk add curl=8.9.0-r0
