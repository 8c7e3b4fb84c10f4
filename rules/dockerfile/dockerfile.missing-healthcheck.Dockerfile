# ok: dockerfile.missing-healthcheck
FROM golang:1.22 AS build
RUN go build -o /server .

# ruleid: dockerfile.missing-healthcheck
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /server /server
ENTRYPOINT ["/server"]
