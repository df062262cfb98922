FROM debian:12-slim
COPY docker-entrypoint.sh setup.sh /usr/local/bin/
RUN chmod +x /usr/local/bin/*.sh
ENTRYPOINT ["docker-entrypoint.sh"]
# expect DL4004 5:1-5:11 Only the last `ENTRYPOINT` of a stage takes effect, and this one replaces the `ENTRYPOINT` on line 3: keep one
CMD ["serve"]
