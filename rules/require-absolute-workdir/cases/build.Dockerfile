FROM debian:12 AS build
WORKDIR /src
COPY . .
WORKDIR build
#       ^^^^^ DL3000 Use an absolute path in `WORKDIR`: `build` is relative to the working directory before it
RUN cmake .. && make

FROM debian:12
ARG APP_HOME=srv/app
WORKDIR ${APP_HOME}
#       ^^^^^^^^^^^ DL3000 Use an absolute path in `WORKDIR`: `srv/app` is relative to the working directory before it
WORKDIR $HOME/.config
