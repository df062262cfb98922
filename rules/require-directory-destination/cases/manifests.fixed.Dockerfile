FROM golang:1.23 AS build
WORKDIR /src
COPY go.mod go.sum ./
#                  ^ DL3021 `COPY` with 2 sources copies them into a directory: end the destination `.` with `/`
RUN go mod download
COPY --chmod=644 cmd internal ./
ARG OUT=/out
COPY README.md LICENSE ${OUT}/
#                      ^^^^^^ DL3021 `COPY` with 2 sources copies them into a directory: end the destination `/out` with `/`
FROM nginx:alpine
# `--from build` fails the build (DF1003 reports it); `build` is not a source
COPY --from build /app/public/* /usr/share/nginx/html
