FROM ubuntu:24.04
# ruleid: dockerfile.apt-instead-of-apt-get
RUN apt update && apt install -y curl
# ruleid: dockerfile.apt-instead-of-apt-get
RUN /usr/bin/apt install -y git
# ok: dockerfile.apt-instead-of-apt-get
RUN apt-get update && apt-get install -y curl
# ok: dockerfile.apt-instead-of-apt-get
RUN apt-cache policy curl && apt-key list
