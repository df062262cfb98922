FROM debian:12
RUN apt-get update \

    && apt-get install -y --no-install-recommends \
        curl \
    
        ca-certificates \
    # comment lines are fine
    && rm -rf /var/lib/apt/lists/*
RUN <<EOF
echo blank lines in a heredoc body are fine

EOF
# expect DF1007 3:1-3:1 Empty continuation line: remove it (a future Docker release will reject it)
# expect DF1007 6:1-6:5 Empty continuation line: remove it (a future Docker release will reject it)
