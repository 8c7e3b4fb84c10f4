FROM alpine:3.20
# ruleid: dockerfile.apk-unpinned
RUN apk add --no-cache curl bash=5.2.26-r0
# ruleid: dockerfile.apk-unpinned
RUN apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r0
# ok: dockerfile.apk-unpinned
RUN apk add --no-cache --virtual .build-deps curl=8.9.0-r0 "bash~5.2"
# ok: dockerfile.apk-unpinned
RUN apk add --no-cache --repository https://dl-cdn.alpinelinux.org/alpine/edge/testing tool=1.0-r0
# ok: dockerfile.apk-unpinned
RUN apk del curl
