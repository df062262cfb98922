FROM debian:12
RUN wget -O /tmp/app.tgz https://example.com/app.tgz
#   ^^^^ DL3047 Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log
RUN wget --progress=dot:giga -O /tmp/lib.tgz https://example.com/lib.tgz \
    && wget -nv -O /tmp/sum https://example.com/sum \
    && wget https://example.com/extra 2>/dev/null
