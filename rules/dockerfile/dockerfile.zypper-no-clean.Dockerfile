FROM opensuse/leap:15.6
# ruleid: dockerfile.zypper-no-clean
RUN zypper --non-interactive install curl
# ruleid: dockerfile.zypper-no-clean
RUN zypper -n in -y git
# ok: dockerfile.zypper-no-clean
RUN zypper --non-interactive install curl && zypper clean -a
# ok: dockerfile.zypper-no-clean
RUN zypper -n in git && zypper cc
# ok: dockerfile.zypper-no-clean
RUN zypper refresh
