FROM nginx:1.27 AS base
HEALTHCHECK CMD curl -f http://localhost/ || exit 1

FROM base
# A stage of its own may set its own check.
COPY site/ /usr/share/nginx/html/
HEALTHCHECK --interval=30s CMD curl -f http://localhost/health || exit 1
# expect DL3012 8:1-8:12 Only the last `HEALTHCHECK` of a stage takes effect, and this one replaces the `HEALTHCHECK` on line 6: keep one
ONBUILD HEALTHCHECK NONE
