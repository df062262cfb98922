FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go install golang.org/x/tools/gopls@v0.16.2 \
    && go install github.com/go-delve/delve/cmd/dlv@latest
#                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3062 Pin the version of `github.com/go-delve/delve/cmd/dlv@latest`: `go install github.com/go-delve/delve/cmd/dlv@<version>`
RUN go run ./tools/gen && go build -o /bin/app ./cmd/app
ONBUILD RUN go install honnef.co/go/tools/cmd/staticcheck
#                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3062 Pin the version of `honnef.co/go/tools/cmd/staticcheck`: `go install honnef.co/go/tools/cmd/staticcheck@<version>`
