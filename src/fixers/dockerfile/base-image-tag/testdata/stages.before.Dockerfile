FROM golang:latest AS build
WORKDIR /src
COPY . .
RUN go build -o /out/app ./cmd/app

FROM alpine
COPY --from=build /out/app /usr/local/bin/app
USER 10001
ENTRYPOINT ["/usr/local/bin/app"]
