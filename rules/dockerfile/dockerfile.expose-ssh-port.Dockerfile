FROM debian:12-slim
ARG APP_PORT=8080
# ruleid: dockerfile.expose-ssh-port
EXPOSE 22
# ruleid: dockerfile.expose-ssh-port
EXPOSE 80 20-25/tcp
# ok: dockerfile.expose-ssh-port
EXPOSE 22/udp
# ok: dockerfile.expose-ssh-port
EXPOSE 2222 ${APP_PORT}
