FROM debian:12-slim
# ruleid: dockerfile.world-writable-chmod
RUN chmod 777 /app
# ruleid: dockerfile.world-writable-chmod
RUN mkdir -p /data && chmod -R a+rwx /data
# ruleid: dockerfile.world-writable-chmod
RUN mkdir -pm 0777 /var/log/app
# ruleid: dockerfile.world-writable-chmod
COPY --chmod=666 config.yaml /etc/app/config.yaml
# ok: dockerfile.world-writable-chmod
RUN chmod 755 /app && chmod -R g+w /data && chmod +x /entrypoint.sh
# ok: dockerfile.world-writable-chmod
RUN chmod 1777 /tmp/shared
# ok: dockerfile.world-writable-chmod
COPY --chmod=0644 config.yaml /etc/app/config.yaml
