FROM ruby:3.3-slim
RUN gem install --no-document bundler:2.5.22 \
    && gem install --no-document rake
#                                ^^^^ DL3028 Pin the version of `rake`: `gem install rake:<version>`
RUN gem install foreman -v 0.88.1
ONBUILD RUN gem install -N rubocop
#                          ^^^^^^^ DL3028 Pin the version of `rubocop`: `gem install rubocop:<version>`
