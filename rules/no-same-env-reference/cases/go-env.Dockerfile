FROM golang:1.23
# GOPATH is not set yet when PATH is expanded: PATH gets /bin.
ENV GOPATH=/go \
    PATH=$GOPATH/bin:$PATH
#        ^^^^^^^ DL3044 `GOPATH` is defined in this same `ENV` and is not set yet here: define it in an earlier `ENV`
# Extending PATH with its own value is fine.
ENV PATH=/usr/local/go/bin:$PATH
ENV APP_HOME=/app
ENV APP_HOME=/srv/app APP_DATA=$APP_HOME/data
