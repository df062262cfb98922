# syntax=docker/dockerfile:1
ARG GO_VERSION=1.23
FROM golang:${GO_VERSION} as build
#                         ^^ DF2005 `as` does not match the casing of `FROM`: write `AS`
WORKDIR /src
RUN <<EOF
go build -o /out/app .
EOF

from build As test
#          ^^ DF2005 `As` does not match the casing of `from`: write `as`
run go test ./...

FROM alpine:3.20 AS app
COPY --from=build /out/app /usr/local/bin/app
ONBUILD COPY . /src
