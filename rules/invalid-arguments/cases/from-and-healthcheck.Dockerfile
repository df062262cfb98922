FROM golang:1.22 builder
#    ^^^^^^^^^^^^^^^^^^^ DF1003 `FROM` takes an image and optionally `AS <name>`
RUN go build -o /out/app ./cmd/app
FROM gcr.io/distroless/static-debian12 # runtime image
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF1003 `FROM` takes an image and optionally `AS <name>`
FROM debian:12 AS final
HEALTHCHECK --interval=10s CHECK /app --health
#                          ^^^^^ DF1003 Unknown HEALTHCHECK type `CHECK` (use CMD or NONE)
HEALTHCHECK --interval=10s CMD ["/app", "--health"]
