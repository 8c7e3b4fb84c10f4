FROM debian:12-slim
ARG APP_HOME=/srv/app
ARG UNKNOWN
# ruleid: dockerfile.relative-workdir
WORKDIR app
# ruleid: dockerfile.relative-workdir
WORKDIR "src/service"
# ok: dockerfile.relative-workdir
WORKDIR /usr/src/app
# ok: dockerfile.relative-workdir
WORKDIR ${APP_HOME}/data
# ok: dockerfile.relative-workdir
WORKDIR $UNKNOWN
