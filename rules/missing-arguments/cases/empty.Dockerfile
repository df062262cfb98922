FROM debian:12
WORKDIR
# expect DF1002 2:1-2:8
SHELL []
# expect DF1002 4:1-4:6
ONBUILD USER
#       ^^^^ DF1002
HEALTHCHECK --interval=30s
# expect DF1002 8:1-8:12
RUN <<EOF
echo a heredoc is an argument
EOF
CMD ["bash"]
