FROM debian:12-slim
# ruleid: dockerfile.apt-get-unpinned
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates=20230311 && rm -rf /var/lib/apt/lists/*
# ruleid: dockerfile.apt-get-unpinned
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get -o Dpkg::Options::=--force-confnew install -y \
      # the lists are cleaned below
      git \
 && rm -rf /var/lib/apt/lists/*
# ok: dockerfile.apt-get-unpinned
RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u5 && rm -rf /var/lib/apt/lists/*
# ok: dockerfile.apt-get-unpinned
RUN apt-get install -y ./vendor/tool_1.0_amd64.deb
# ok: dockerfile.apt-get-unpinned
RUN apt-get install -y $(cat /tmp/packages.txt)
# ok: dockerfile.apt-get-unpinned
RUN echo "apt-get install curl" > /notes.txt
