FROM debian:12-slim
# ruleid: dockerfile.cd-instead-of-workdir
RUN cd /usr/src/app && make install
# ruleid: dockerfile.cd-instead-of-workdir
RUN set -e; \
    mkdir -p /build; \
    cd /build; \
    cmake ..
# ok: dockerfile.cd-instead-of-workdir
WORKDIR /usr/src/app
# ok: dockerfile.cd-instead-of-workdir
RUN make install && echo "cd is not a command here"
