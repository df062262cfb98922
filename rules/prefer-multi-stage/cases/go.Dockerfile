FROM golang:1.23 AS tools
RUN go install github.com/go-delve/delve/cmd/dlv@v1.23.1

# The final stage ignores the builder above and compiles itself.
FROM golang:1.23
WORKDIR /src
COPY . .
RUN go mod download && go build -o /usr/local/bin/app ./cmd/app
#                      ^^^^^^^^ DF2001 The final image ships build tools (`go build`); build in a separate stage and `COPY --from` only the result
EXPOSE 8080
CMD ["app"]
