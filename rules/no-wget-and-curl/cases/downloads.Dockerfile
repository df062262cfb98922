FROM debian:12 AS fetch
RUN curl -fsSLO https://example.com/a.tgz
RUN wget -nv https://example.com/b.tgz
#   ^^^^ DL4001 This stage uses both `wget` and `curl` (`curl` on line 2): use one of them

FROM debian:12
# Another stage may choose the other tool.
RUN wget -nv https://example.com/c.tgz
