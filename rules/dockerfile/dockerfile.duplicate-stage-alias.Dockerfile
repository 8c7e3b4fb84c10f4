# ok: dockerfile.duplicate-stage-alias
FROM node:20-alpine AS build
RUN npm ci

# ruleid: dockerfile.duplicate-stage-alias
FROM python:3.12-slim AS Build
RUN pip install --no-cache-dir -r requirements.txt

# ok: dockerfile.duplicate-stage-alias
FROM alpine:3.20 AS runtime
COPY --from=build /app /app
