FROM debian:12 AS build
WORKDIR /src
COPY . .
WORKDIR build
#       ^^^^^ DL3000
RUN cmake .. && make

FROM debian:12
ARG APP_HOME=srv/app
WORKDIR ${APP_HOME}
#       ^^^^^^^^^^^ DL3000
WORKDIR $HOME/.config
