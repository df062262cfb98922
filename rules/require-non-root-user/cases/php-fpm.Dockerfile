# The same entrypoint handing over to a server: php-fpm's master process runs as root.
FROM debian:bookworm-slim AS base
RUN apt-get update \
    && apt-get install -y --no-install-recommends ca-certificates \
    && rm -rf /var/lib/apt/lists/*
COPY docker-php-entrypoint /usr/local/bin/
ENTRYPOINT ["docker-php-entrypoint"]
CMD ["php", "-a"]

# The ENTRYPOINT is inherited, the CMD replaced.
FROM base
#    ^^^^ DF5001 No `USER` is set for the final image, so it runs as the base image's user (usually root): add `USER <non-root user>` after the steps that need root
WORKDIR /var/www/html
STOPSIGNAL SIGQUIT
EXPOSE 9000
CMD ["php-fpm"]
