FROM nginx:1.27
# ruleid: dockerfile.multiple-healthcheck
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
# ok: dockerfile.multiple-healthcheck
HEALTHCHECK --interval=30s --timeout=3s CMD ["curl", "-f", "http://localhost/health"]
