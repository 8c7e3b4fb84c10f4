FROM debian:12-slim AS fetch
# ok: dockerfile.curl-and-wget
RUN curl -fsSLo /tmp/a.tgz https://example.com/a.tgz
# ruleid: dockerfile.curl-and-wget
RUN wget -q -O /tmp/b.tgz https://example.com/b.tgz
# ok: dockerfile.curl-and-wget
RUN apt-get install -y wget

FROM debian:12-slim
# ok: dockerfile.curl-and-wget
RUN wget -q -O /tmp/c.tgz https://example.com/c.tgz
# ruleid: dockerfile.curl-and-wget
RUN wget -q -O /tmp/d.tgz https://example.com/d.tgz && curl -fsSLo /tmp/e.tgz https://example.com/e.tgz
