# A builder stage may run as root: only the final stage counts.
# ok: dockerfile.root-user
FROM golang:1.22 AS build
RUN go build -o /app .

FROM debian:12-slim
COPY --from=build /app /app
# ok: dockerfile.root-user
USER app
RUN echo "switching back"
# ruleid: dockerfile.root-user
USER 0:0
