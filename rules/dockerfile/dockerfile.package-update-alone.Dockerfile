FROM debian:12
# ruleid: dockerfile.package-update-alone
RUN apt-get update
# ruleid: dockerfile.package-update-alone
RUN apk update && echo "index refreshed"
# ok: dockerfile.package-update-alone
RUN apt-get update && apt-get install -y curl
# ok: dockerfile.package-update-alone
RUN apk update && apk add curl
# ok: dockerfile.package-update-alone
RUN apt-get install -y curl
