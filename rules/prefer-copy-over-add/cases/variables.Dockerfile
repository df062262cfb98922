FROM debian:12
ARG TOOL_URL=https://example.com/releases/tool-1.2.3.bin
ARG CONFIG=app.conf
# A URL held by an ARG is a download: ADD is right (hadolint#769 reports it).
ADD ${TOOL_URL} /usr/local/bin/tool
ADD rootfs.tar.xz /
ADD ${CONFIG} /etc/app/
# expect DL3020 7:1-7:4 Use `COPY` instead of `ADD` for files and folders
ADD --chown=app:app <<EOF /etc/motd
Welcome
EOF
# expect DL3020 9:1-9:4 Use `COPY` instead of `ADD` for files and folders
ADD vendor.tar.gz settings.yml /opt/vendor/
# expect DL3020 13:1-13:4 Use `COPY` instead of `ADD` for files and folders
