FROM golang:1.22 AS build
# ruleid: dockerfile.copy-from-own-stage
COPY --from=build /go/bin/tool /usr/local/bin/tool
# ruleid: dockerfile.copy-from-own-stage
COPY --from=0 /etc/passwd /tmp/passwd

FROM alpine:3.20 AS Final
# ok: dockerfile.copy-from-own-stage
COPY --from=BUILD /go/bin/tool /usr/local/bin/tool
# ruleid: dockerfile.copy-from-own-stage
COPY --from=final /etc/hosts /tmp/hosts
# ok: dockerfile.copy-from-own-stage
COPY --from=0 /go/bin/tool /usr/local/bin/tool2
