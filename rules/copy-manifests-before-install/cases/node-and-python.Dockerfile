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
#    ^ DF3002
RUN poetry install --no-interaction \
    && poetry run python -m compileall .

FROM golang:1.23 AS tools
WORKDIR /src
# A folder copied away from the install does not feed it.
COPY scripts/ /usr/local/bin/
COPY cmd/ ./
#    ^^^^ DF3002
RUN go mod download && go build -o /out/tool .
