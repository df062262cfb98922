FROM debian:12
RUN <<-EOT
	apt-get update
	EOT
COPY <<EOF /etc/app.conf
#    ^^^^^ DF1005 Unterminated heredoc: no line `EOF` closes it
listen 8080
  EOF
RUN echo the rest of the file is still read
