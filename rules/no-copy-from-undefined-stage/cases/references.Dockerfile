FROM alpine:3.20 AS assets
COPY --from=build /out/app /app
#           ^^^^^ DL3022
COPY --from=2 /out/tool /tool
#           ^ DL3022
COPY --from=7 /x /x
#           ^ DL3022
# External images and named build contexts are legitimate sources.
COPY --from=nginx /etc/nginx/nginx.conf /etc/nginx.conf
COPY --from=nginx:1.27 /etc/nginx/mime.types /etc/mime.types
COPY --from=templates /redis.yml /etc/redis.yml

FROM golang:1.23 AS build
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=build /out/app /app
COPY --from=0 /app /assets
