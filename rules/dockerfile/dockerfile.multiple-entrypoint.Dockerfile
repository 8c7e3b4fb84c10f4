FROM alpine:3.20
# ruleid: dockerfile.multiple-entrypoint
ENTRYPOINT ["/bin/sh"]
# ruleid: dockerfile.multiple-entrypoint
ENTRYPOINT ["/docker-entrypoint.sh"]
# ok: dockerfile.multiple-entrypoint
ENTRYPOINT ["/usr/bin/tini", "--", "/docker-entrypoint.sh"]

FROM alpine:3.20
# ok: dockerfile.multiple-entrypoint
ENTRYPOINT ["/app"]
