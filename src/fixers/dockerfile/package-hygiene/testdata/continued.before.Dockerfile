FROM alpine:3.22
RUN apk update && \
    apk add curl ca-certificates
RUN apk add --virtual .build gcc && \
    python3 -m pip install flask
USER 10001
