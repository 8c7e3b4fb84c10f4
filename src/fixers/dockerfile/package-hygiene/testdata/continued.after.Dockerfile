FROM alpine:3.22
RUN apk update && \
    apk add --no-cache curl ca-certificates
RUN apk add --no-cache --virtual .build gcc && \
    python3 -m pip install --no-cache-dir flask
USER 10001
