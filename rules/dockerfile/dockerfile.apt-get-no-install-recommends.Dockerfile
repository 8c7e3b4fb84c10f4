FROM ubuntu:24.04
# ruleid: dockerfile.apt-get-no-install-recommends
RUN apt-get update && apt-get install -y curl=8.5.0-2ubuntu10 && rm -rf /var/lib/apt/lists/*
# ruleid: dockerfile.apt-get-no-install-recommends
RUN ["/bin/sh", "-c", "apt-get install -y git=1:2.43.0-1ubuntu7"]
# ok: dockerfile.apt-get-no-install-recommends
RUN apt-get update && apt-get install -y --no-install-recommends curl=8.5.0-2ubuntu10 && rm -rf /var/lib/apt/lists/*
# ok: dockerfile.apt-get-no-install-recommends
RUN apt-get -o APT::Install-Recommends=false install -y git=1:2.43.0-1ubuntu7
# ok: dockerfile.apt-get-no-install-recommends
RUN apt-get remove -y curl
