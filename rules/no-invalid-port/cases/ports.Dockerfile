FROM nginx:1.27
ARG METRICS_PORT=9113
EXPOSE 80/tcp 443/tcp ${METRICS_PORT}
# Two ports run together:
EXPOSE 8080443
#      ^^^^^^^ DL3011 `8080443` is not a valid port: ports range from 0 to 65535
# Set at build time: not known here.
ARG ADMIN_PORT
EXPOSE $ADMIN_PORT
