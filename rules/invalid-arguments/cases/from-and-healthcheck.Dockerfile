FROM golang:1.22 builder
#    ^^^^^^^^^^^^^^^^^^^ DF1003
RUN go build -o /out/app ./cmd/app
FROM gcr.io/distroless/static-debian12 # runtime image
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF1003
FROM debian:12 AS final
HEALTHCHECK --interval=10s CHECK /app --health
#                          ^^^^^ DF1003
HEALTHCHECK --interval=10s CMD ["/app", "--health"]
