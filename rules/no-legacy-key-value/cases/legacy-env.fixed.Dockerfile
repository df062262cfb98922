FROM php:8.3-fpm
ENV PHPIZE_DEPS="autoconf \
		make"
# expect DF3008 2:5-4:7 `ENV PHPIZE_DEPS value` is the legacy form: write `ENV PHPIZE_DEPS=value`
ENV PHP_INI_DIR=/usr/local/etc/php
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3008 `ENV PHP_INI_DIR value` is the legacy form: write `ENV PHP_INI_DIR=value`
ENV PATH=$PHP_INI_DIR/bin:$PATH
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3008 `ENV PATH value` is the legacy form: write `ENV PATH=value`
LABEL maintainer="Jane Doe <jane@example.com>"
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3008 `LABEL maintainer value` is the legacy form: write `LABEL maintainer=value`
LABEL org.opencontainers.image.source="https://example.com/app"
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3008 `LABEL org.opencontainers.image.source = value` is the legacy form, and the value starts with `=`: write `LABEL org.opencontainers.image.source=value` with no blanks around `=`
ENV GREETING=hello NAME="the app"
ARG VERSION LATEST
ONBUILD ENV APP_ENV="production build"
#           ^^^^^^^^^^^^^^^^^^^^^^^^ DF3008 `ENV APP_ENV value` is the legacy form: write `ENV APP_ENV=value`
