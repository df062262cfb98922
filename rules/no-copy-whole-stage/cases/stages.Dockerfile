FROM golang:1.23 AS build
RUN go build -o /out/app .

FROM scratch AS artifacts
COPY --from=build /out/app /usr/local/bin/app

FROM debian:12 AS merged
# Copying everything from a scratch-based artifact stage takes only its files.
COPY --from=artifacts / /
# Copying a whole operating system over this one is reported.
COPY --link --from=build / /
#                        ^ DL3067 Do not copy the whole filesystem of `build`: copy only the directories you need
COPY --from=build /out/ /usr/local/bin/
