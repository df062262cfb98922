FROM debian:12
RUN cd /usr/src && make
#   ^^ DL3003 Use `WORKDIR` to switch to a directory: a `cd` lasts only until the end of this RUN
# A subshell scopes its cd on purpose.
RUN (cd /usr/src/lib && make) && make -C /usr/src install
WORKDIR /usr/src/app
RUN make
