FROM debian:12-slim
# ruleid: dockerfile.pipe-to-shell
RUN curl -fsSL https://deb.nodesource.com/setup_20.x | bash -
# ruleid: dockerfile.pipe-to-shell
RUN wget -qO- https://get.example.com/install.sh | sudo -E sh -s -- --yes
# ruleid: dockerfile.pipe-to-shell
RUN sh -c "$(curl -fsSL https://raw.githubusercontent.com/ohmyzsh/ohmyzsh/master/tools/install.sh)"
# ruleid: dockerfile.pipe-to-shell
RUN set -o pipefail && curl -sSL https://install.python-poetry.org | python3 -
# ok: dockerfile.pipe-to-shell
RUN curl -fsSL -o /tmp/install.sh https://get.example.com/install.sh \
    && echo "3c2c6f1b62bd2a43d3b3d6c0d1b5a4e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b2c3  /tmp/install.sh" | sha256sum -c - \
    && sh /tmp/install.sh
# ok: dockerfile.pipe-to-shell
RUN curl -fsSL https://example.com/archive.tar.gz | tar -xz -C /opt
# ok: dockerfile.pipe-to-shell
RUN echo "curl https://example.com | sh" > /usr/share/doc/never-do-this.txt
