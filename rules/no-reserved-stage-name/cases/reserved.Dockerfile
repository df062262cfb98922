FROM alpine:3.20 AS context
#                   ^^^^^^^ DL3063
RUN mkdir /ctx
FROM alpine:3.20 as Scratch
#                   ^^^^^^^ DL3063
FROM scratch AS export
COPY --from=context /ctx /
