FROM nginx:1.27
ENV ADMIN=127.0.0.1:9000:9000
EXPOSE 80 443
#      ^^^^^^^ DF3010 `8080:80` gives a host port, which `EXPOSE` ignores: expose the container port `80` and publish it with `docker run -p`
EXPOSE 443/tcp
#      ^^^^^^^^^^^^^^^^^^^^ DF3010 `0.0.0.0:8443:443/tcp` gives an IP address and host port, which `EXPOSE` ignores: expose the container port `443` and publish it with `docker run -p`
EXPOSE $ADMIN
#      ^^^^^^ DF3010 `127.0.0.1:9000:9000` gives an IP address and host port, which `EXPOSE` ignores: expose the container port `9000` and publish it with `docker run -p`
