arg ALPINE=3.20
from alpine:${ALPINE} AS build
run apk add --no-cache build-base
workdir /src
COPY . .
# expect DF3007 5:1-5:5 `COPY` does not match the lower-case keywords of most of this file: write `copy`
run <<EOF
make
EOF
from alpine:${ALPINE}
onbuild RUN make
copy --from=build /src/app /usr/local/bin/app
Cmd ["app"]
# expect DF3007 13:1-13:4 `Cmd` does not match the lower-case keywords of most of this file: write `cmd`
