FROM golang:1.23 AS build
WORKDIR /src
COPY . .
RUN go install golang.org/x/tools/gopls@v0.16.2 \
    && go install github.com/go-delve/delve/cmd/dlv@latest
#                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3062
RUN go run ./tools/gen && go build -o /bin/app ./cmd/app
ONBUILD RUN go install honnef.co/go/tools/cmd/staticcheck
#                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3062
