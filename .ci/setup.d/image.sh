# Container image tests: a real OCI registry (started by the tests themselves on ephemeral 127.0.0.1
# ports), skopeo to push, umoci to build test images from a scratch root filesystem.
apt_install docker-registry skopeo umoci
