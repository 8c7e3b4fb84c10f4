#!/usr/bin/env bash
# ruleid: secret.heroku-api-key
export HEROKU_API_KEY=f9537d2e-0a6e-4047-a3b0-2cb6ef6051e9
# ruleid: secret.heroku-api-key
heroku_token="HRKU-GZ2TDLYNqGPHF8L6bTOAs9flwW8TcW0O1a0DhT-T2_M1VnizUrXzo0J2YMKy"
# ok: secret.heroku-api-key
export HEROKU_API_KEY="$(heroku auth:token)"
# ok: secret.heroku-api-key
export HEROKU_API_KEY=00000000-0000-0000-0000-000000000000
