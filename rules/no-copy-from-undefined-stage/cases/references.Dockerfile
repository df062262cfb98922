FROM alpine:3.20 AS assets
COPY --from=build /out/app /app
#           ^^^^^ DL3022 `--from=build` is the alias of a stage defined later (line 13); define that stage before this one
COPY --from=2 /out/tool /tool
#           ^ DL3022 `--from=2` is the index of a stage defined later (line 16); define that stage before this one
COPY --from=7 /x /x
#           ^ DL3022 `--from=7` is not the index of any stage; use the name or index of an earlier stage
# External images and named build contexts are legitimate sources.
COPY --from=nginx /etc/nginx/nginx.conf /etc/nginx.conf
COPY --from=nginx:1.27 /etc/nginx/mime.types /etc/mime.types
COPY --from=templates /redis.yml /etc/redis.yml

FROM golang:1.23 AS build
RUN go build -o /out/app .

FROM alpine:3.20
COPY --from=build /out/app /app
COPY --from=0 /app /assets
