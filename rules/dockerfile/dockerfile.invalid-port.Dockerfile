FROM debian:12-slim
ARG PORT
# ruleid: dockerfile.invalid-port
EXPOSE 80 70000
# ruleid: dockerfile.invalid-port
EXPOSE 9000-8000
# ruleid: dockerfile.invalid-port
EXPOSE 8080/http
# ok: dockerfile.invalid-port
EXPOSE 0 65535 8000-8010/udp 53/sctp
# ok: dockerfile.invalid-port
EXPOSE ${PORT}
