# escape=/
#        ^ DF1006
FROM debian:12
RUN echo the escape character stays \
    the backslash
