FROM python:3.12-slim AS base
# A template left these empty: BuildKit runs an empty shell command and builds.
RUN
ENTRYPOINT
CMD
ONBUILD RUN
FROM base
HEALTHCHECK --interval=30s --timeout=3s CMD
#                                       ^^^ DF1002 `HEALTHCHECK CMD` requires a command
EXPOSE
# expect DF1002 10:1-10:7 `EXPOSE` requires at least one argument
HEALTHCHECK --interval=30s CMD python -c "import urllib.request as u; u.urlopen('http://localhost:8000/')"
