# A forgotten builder: the final stage copies from the build context instead.
FROM golang:1.23 AS build
#                   ^^^^^ DF2002 Stage `build` is never used: no stage builds on it (`FROM build`) or copies from it (`--from=build`); use it or remove it
RUN go build -o /out/app .

# Unnamed, and nothing copies from index 1.
FROM alpine:3.20
# expect DF2002 7:1-7:5 Stage 1 is never used: it has no name and no stage copies from it (`--from=1`); use it or remove it
RUN wget -q -O /tmp/src.tar.gz https://example.com/src.tar.gz

# Targets chosen with --target are left alone.
FROM golang:1.23 AS dev
RUN go install github.com/air-verse/air@v1.61.0
FROM golang:1.23 AS deps
RUN go mod download
FROM deps AS lint
RUN go vet ./...

FROM gcr.io/distroless/static-debian12
COPY --from=deps /go/pkg /go/pkg
COPY app /app
