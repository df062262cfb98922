FROM debian:12
ARG TINI_VERSION=v0.19.0
ARG TINI_URL=https://github.com/krallin/tini/releases/download/${TINI_VERSION}/tini-static
# The URL comes from an ARG: it is still a download.
ADD ${TINI_URL} /usr/local/bin/tini
#   ^^^^^^^^^^^ DF3001 Add `--checksum=sha256:<digest>` so the build fails when the downloaded file changes
ADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee \
    ${TINI_URL} /usr/local/bin/tini-verified
# A tag can be moved; a commit cannot.
ADD https://github.com/moby/buildkit.git#v0.12.0 /src/buildkit
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3001 Pin the Git source to a commit with `#<commit-sha>` or `--checksum=<commit-sha>`: branches and tags can move
ADD https://github.com/moby/buildkit.git#4f07059567fa61c80397126e8063dbbde011b794 /src/pinned
ADD vendor.tar.gz /opt/vendor/
