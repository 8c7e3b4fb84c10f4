# ruleid: dockerfile.secret-in-env-arg
ARG GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a
# ok: dockerfile.secret-in-env-arg
ARG NPM_TOKEN
FROM node:20-alpine
# ruleid: dockerfile.secret-in-env-arg
ENV DB_PASSWORD=hunter2-but-longer API_URL=https://api.example.com
# ruleid: dockerfile.secret-in-env-arg
ENV AWS_SECRET_ACCESS_KEY "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
# ruleid: dockerfile.secret-in-env-arg
ARG STRIPE_API_KEY="sk_test_4eC39HqLyjWDarjtT1zdp7dc"
# ok: dockerfile.secret-in-env-arg
ENV DB_PASSWORD_FILE=/run/secrets/db_password
# ok: dockerfile.secret-in-env-arg
ENV API_TOKEN=${NPM_TOKEN}
# ok: dockerfile.secret-in-env-arg
ENV PASSWORD_AUTH_ENABLED=false SECRET_NAME=prod/db TOKEN_TTL=3600
# ok: dockerfile.secret-in-env-arg
ENV NODE_ENV=production
# ok: dockerfile.secret-in-env-arg
RUN --mount=type=secret,id=npm_token NPM_TOKEN="$(cat /run/secrets/npm_token)" npm ci
