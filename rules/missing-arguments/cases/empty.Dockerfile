FROM debian:12
WORKDIR
# expect DF1002 2:1-2:8 `WORKDIR` requires at least one argument
SHELL []
# expect DF1002 4:1-4:6 `SHELL` requires at least one argument
ONBUILD USER
#       ^^^^ DF1002 `USER` requires at least one argument
HEALTHCHECK --interval=30s
# expect DF1002 8:1-8:12 `HEALTHCHECK` requires at least one argument
RUN <<EOF
echo a heredoc is an argument
EOF
CMD ["bash"]
