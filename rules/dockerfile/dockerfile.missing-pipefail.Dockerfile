FROM debian:12-slim AS plain
# ruleid: dockerfile.missing-pipefail
RUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt
# ruleid: dockerfile.missing-pipefail
RUN wget -qO- https://example.com/list.txt | grep -v '^#' > /etc/list \
 && set -o pipefail
# ok: dockerfile.missing-pipefail
RUN set -euxo pipefail && curl -fsSL https://example.com/app.tgz | tar -xz -C /opt
# ok: dockerfile.missing-pipefail
RUN echo 'a|b' > /tmp/x && test -f /tmp/x || exit 1
# ok: dockerfile.missing-pipefail
RUN ["/bin/sh", "-c", "cat /etc/os-release | head -n1"]

FROM debian:12-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
# ok: dockerfile.missing-pipefail
RUN curl -fsSL https://example.com/app.tgz | tar -xz -C /opt
