FROM debian:12 AS build
RUN ./configure
# The comment does not separate them.
RUN make
# expect DL3059 4:1-4:4 Multiple consecutive `RUN` instructions: join this command to the previous `RUN` with `&&`
RUN make install && make clean
RUN strip /usr/local/bin/tool

FROM debian:12
RUN --mount=type=cache,target=/root/.cache go build ./...
RUN --mount=type=cache,target=/root/.cache go test ./...
# expect DL3059 11:1-11:4 Multiple consecutive `RUN` instructions: join this command to the previous `RUN` with `&&`
RUN <<EOF
set -e
./check.sh
EOF
RUN ./publish.sh
