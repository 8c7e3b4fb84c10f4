#!/usr/bin/env bash
# Records one exchange as a DAST rule fixture (src/scanners/dast/passive/<rule>/testdata/*.http).
#   scripts/record-http-fixture.sh 'ruleid: web.csp-missing' GET http://127.0.0.1:5000/ [curl args…] > case.http
set -euo pipefail
annotation=$1 method=$2 url=$3; shift 3
printf '# %s\n%s %s HTTP/1.1\nuser-agent: patchline-dast/0.1\n\n' "$annotation" "$method" "$url"
curl -s -i -X "$method" "$@" "$url" | sed 's/\r$//' | grep -v -i '^\(date\|connection\): '
