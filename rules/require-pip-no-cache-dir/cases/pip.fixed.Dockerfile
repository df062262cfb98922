FROM python:3.12-slim AS build
RUN python -m pip install --no-cache-dir --upgrade pip \
#                 ^^^^^^^ DL3042 Use `pip install --no-cache-dir` so pip's download cache is not kept in the image
    && pip install --no-cache-dir wheel
RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt

FROM build
# pip turns its cache off for any boolean value, "off" included.
ENV PIP_NO_CACHE_DIR=off
RUN pip install gunicorn==23.0.0
ONBUILD RUN pipx install poetry
