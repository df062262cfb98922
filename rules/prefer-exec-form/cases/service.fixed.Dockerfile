FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

FROM base AS worker
# Variables need a shell; `exec` still hands PID 1 to the program.
CMD exec celery --app=app worker --concurrency=${WORKERS:-2}

FROM base
EXPOSE 8000
HEALTHCHECK --interval=30s CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://localhost:8000/')"]
#                              ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3025 Write `HEALTHCHECK CMD` in JSON form (`HEALTHCHECK CMD ["program", "arg"]`): in shell form it needs `/bin/sh` in the image
ENTRYPOINT ["/app/docker-entrypoint.sh"]
#          ^^^^^^^^^^^^^^^^^^^^^^^^^ DL3025 Write `ENTRYPOINT` in JSON form (`ENTRYPOINT ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
#   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DL3025 Write `CMD` in JSON form (`CMD ["program", "arg"]`): in shell form it runs under `/bin/sh -c`, which does not pass on stop signals
