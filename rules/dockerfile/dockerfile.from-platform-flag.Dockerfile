# ruleid: dockerfile.from-platform-flag
FROM --platform=linux/amd64 golang:1.22 AS build
# ok: dockerfile.from-platform-flag
FROM --platform=$BUILDPLATFORM golang:1.22 AS cross
# ok: dockerfile.from-platform-flag
FROM alpine:3.20
