ARG BASE
FROM alpine:3.20 AS fetch
# BusyBox wget rejects --progress: reported without a fix.
RUN wget https://example.com/a.tar.gz
#   ^^^^ DL3047 Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log

FROM ${BASE}
# A base image from a variable: the fix is unsafe.
RUN wget https://example.com/b.tar.gz
#   ^^^^ DL3047 Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log

FROM example.com/team/base:1.0
# An image not known to ship GNU wget: the fix is unsafe.
RUN wget https://example.com/c.tar.gz
#   ^^^^ DL3047 Add `--progress=dot:giga` (or `-nv`, `-q`) to `wget`: its default progress output floods the build log
