FROM golang:1.22 AS build
RUN go build -o /out/app .

FROM alpine:3.20
# ruleid: dockerfile.copy-from-unknown-stage
COPY --from=builder /out/app /app
# ruleid: dockerfile.copy-from-unknown-stage
COPY --from=5 /out/app /app
# ruleid: dockerfile.copy-from-unknown-stage
COPY --from=later /out/app /app
# ok: dockerfile.copy-from-unknown-stage
COPY --from=build /out/app /app
# ok: dockerfile.copy-from-unknown-stage
COPY --from=0 /out/app /app
# ok: dockerfile.copy-from-unknown-stage
COPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/nginx.conf
# ok: dockerfile.copy-from-unknown-stage
COPY --from=ghcr.io/astral-sh/uv /uv /bin/uv

FROM alpine:3.20 AS later
