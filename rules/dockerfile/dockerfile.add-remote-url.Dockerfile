FROM alpine:3.20
# ruleid: dockerfile.add-remote-url
ADD https://example.com/install.sh /tmp/install.sh
# ruleid: dockerfile.add-remote-url
ADD git@github.com:moby/buildkit.git#v0.13.0 /src
# ok: dockerfile.add-remote-url
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /opt/
# ok: dockerfile.add-remote-url
ADD vendor.tar.gz /opt/
