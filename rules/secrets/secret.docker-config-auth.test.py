import json
from pathlib import Path

docker_config = {
    "auths": {
        "registry.acme.io": {
            # ruleid: secret.docker-config-auth
            "auth": "Y2ktcm9ib3Q6UEVCMjlYaXVVNkExVVJjQ0xVOW5OcUdi"
        },
        # ruleid: secret.docker-config-auth
        "ghcr.io": {"auth": "ZGVwbG95Oktoa2dLOTZQaTB0ZWVSTFJzMGpC"},
        "docker.io": {
            # user:password, a placeholder
            # ok: secret.docker-config-auth
            "auth": "dXNlcjpwYXNzd29yZA=="
        },
        "quay.io": {
            # not a user:password pair
            # ok: secret.docker-config-auth
            "auth": "bm8tY29sb24taW5zaWRl"
        },
    },
    "credsStore": "desktop",
}
Path.home().joinpath(".docker/config.json").write_text(json.dumps(docker_config))
