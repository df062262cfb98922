FROM nginx:1.27
ARG METRICS=9113/TCP
EXPOSE 80/tcp 443/tcp \
#      ^^^^^^ DF3009 Write the protocol of `80/TCP` in lower case: `tcp`
  53/udp
# ^^^^^^ DF3009 Write the protocol of `53/Udp` in lower case: `udp`
EXPOSE $METRICS
#      ^^^^^^^^ DF3009 Write the protocol of `9113/TCP` in lower case: `tcp`
