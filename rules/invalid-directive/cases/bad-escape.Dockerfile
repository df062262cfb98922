# escape=/
#        ^ DF1006 Invalid escape token `/`: use `\` or a backtick
FROM debian:12
RUN echo the escape character stays \
    the backslash
