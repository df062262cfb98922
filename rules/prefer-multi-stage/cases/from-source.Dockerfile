# Building from source and purging the toolchain in the same RUN ships no toolchain.
FROM alpine:3.20
RUN set -eux; \
    apk add --no-cache --virtual .build-deps gcc make musl-dev linux-headers; \
    wget -O redis.tar.gz https://download.redis.io/releases/redis-7.4.1.tar.gz; \
    tar -xzf redis.tar.gz --strip-components=1; \
    make -j"$(nproc)"; \
    make install; \
    apk del --no-network .build-deps
CMD ["redis-server"]
