#!/usr/bin/env bash
set -euo pipefail

# ruleid: secret.gitlab-token
export GITLAB_TOKEN=glpat-jXdSevJo5XAk0KelwGGF
# ruleid: secret.gitlab-token
gitlab-runner register --non-interactive --url https://gitlab.acme.io --token glrt-6GAVI2IzZv6sCSsUoJit
# ruleid: secret.gitlab-token
git clone "https://gitlab+deploy-token-12:gldt-GvAtjysPXpq2rxMQNJ99@gitlab.acme.io/platform/infra.git"

# ok: secret.gitlab-token
export GITLAB_TOKEN="$CI_JOB_TOKEN"
# ok: secret.gitlab-token
curl --header "PRIVATE-TOKEN: glpat-xxxxxxxxxxxxxxxxxxxx" "https://gitlab.com/api/v4/projects"
# ok: secret.gitlab-token
echo "glpat-token"
