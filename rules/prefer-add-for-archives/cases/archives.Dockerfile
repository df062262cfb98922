FROM debian:12
COPY vendor.tar.gz /tmp/
#    ^^^^^^^^^^^^^ DL3010 Use `ADD` for `vendor.tar.gz`: the RUN on line 4 extracts it, and ADD unpacks tar archives without keeping a copy in the image
RUN tar -xzf /tmp/vendor.tar.gz -C /opt && rm /tmp/vendor.tar.gz
# ADD would keep the top directory that --strip-components removes.
COPY src.tar.gz /tmp/
RUN tar --strip-components=1 -xzf /tmp/src.tar.gz -C /usr/src
