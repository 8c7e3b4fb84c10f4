FROM alpine:3.20
# ruleid: dockerfile.add-instead-of-copy
ADD app.py /app/
# ruleid: dockerfile.add-instead-of-copy
ADD --chown=app:app ["config.yaml", "/etc/app/"]
# ok: dockerfile.add-instead-of-copy
ADD rootfs.tar.gz /
# ok: dockerfile.add-instead-of-copy
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool.tgz /opt/
# ok: dockerfile.add-instead-of-copy
COPY app.py /app/
