# syntax=docker/dockerfile:1
FROM node:22-alpine AS web
WORKDIR /app
# Good: manifests first, then the install, then the rest.
COPY package.json package-lock.json ./
RUN --mount=type=cache,target=/root/.npm npm ci
COPY . .
RUN npm run build

FROM python:3.12-slim AS api
WORKDIR /srv
RUN pip install --no-cache-dir poetry
COPY . .
#    ^ DF3002 Copy `pyproject.toml` and `poetry.lock` and run `poetry install --no-root` before `COPY . .`, then `poetry install` (line 15) after it, so the dependency layer stays cached when other files change
RUN poetry install --no-interaction \
    && poetry run python -m compileall .

FROM golang:1.23 AS tools
WORKDIR /src
# A folder copied away from the install does not feed it.
COPY scripts/ /usr/local/bin/
COPY cmd/ ./
#    ^^^^ DF3002 Copy `go.mod` and `go.sum` and run `go mod download` (line 24) before `COPY cmd/ ./`, so the dependency layer stays cached when other files change
RUN go mod download && go build -o /out/tool .
