FROM alpine:3.20 AS context
#                   ^^^^^^^ DL3063 Stage name `context` is reserved by BuildKit; choose another name
RUN mkdir /ctx
FROM alpine:3.20 as Scratch
#                   ^^^^^^^ DL3063 Stage name `Scratch` is reserved by BuildKit; choose another name
FROM scratch AS export
COPY --from=context /ctx /
