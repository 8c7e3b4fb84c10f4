FROM debian:12
# ruleid: dockerfile.apt-get-missing-yes
RUN apt-get update && apt-get install --no-install-recommends curl
# ruleid: dockerfile.apt-get-missing-yes
RUN sudo apt-get -q remove curl
# ok: dockerfile.apt-get-missing-yes
RUN apt-get update && apt-get install -y --no-install-recommends curl
# ok: dockerfile.apt-get-missing-yes
RUN apt-get -qqy install curl
# ok: dockerfile.apt-get-missing-yes
RUN apt-get install --assume-yes curl
# ok: dockerfile.apt-get-missing-yes
RUN apt-get -qq install curl
# ok: dockerfile.apt-get-missing-yes
RUN yes | apt-get install curl
# ok: dockerfile.apt-get-missing-yes
RUN apt-get update
