FROM debian:12
# ruleid: dockerfile.apt-get-upgrade
RUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*
# ruleid: dockerfile.apt-get-upgrade
RUN apt-get -y dist-upgrade
# ok: dockerfile.apt-get-upgrade
RUN apt-get install -y --only-upgrade openssl=3.0.13-1~deb12u1
# ok: dockerfile.apt-get-upgrade
RUN pip install --upgrade pip==24.0
