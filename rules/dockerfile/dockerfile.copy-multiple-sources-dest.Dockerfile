FROM alpine:3.20
# ruleid: dockerfile.copy-multiple-sources-dest
COPY package.json package-lock.json /app
# ruleid: dockerfile.copy-multiple-sources-dest
COPY ["a.txt", "b.txt", "/data"]
# ok: dockerfile.copy-multiple-sources-dest
COPY package.json package-lock.json /app/
# ok: dockerfile.copy-multiple-sources-dest
COPY . /app
# ok: dockerfile.copy-multiple-sources-dest
COPY --chown=app:app src /app/src
