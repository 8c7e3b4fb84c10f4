FROM ubuntu:24.04
# ruleid: dockerfile.sudo
RUN sudo apt-get update
# ruleid: dockerfile.sudo
RUN mkdir -p /opt/app && sudo -u app touch /opt/app/ready
# ok: dockerfile.sudo
RUN apt-get install -y --no-install-recommends sudo
# ok: dockerfile.sudo
RUN echo "app ALL=(ALL) NOPASSWD: ALL" > /etc/sudoers.d/app
