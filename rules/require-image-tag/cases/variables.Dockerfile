# Global ARG defaults are resolved before judging the tag.
ARG PYTHON_TAG=3.12-slim
ARG BASE_IMAGE=debian
ARG RUNTIME_TAG
FROM python:${PYTHON_TAG} AS deps
RUN pip install --no-cache-dir flask==3.0.3

FROM ${BASE_IMAGE} AS tools
#    ^^^^^^^^^^^^^ DL3006 Tag the image `${BASE_IMAGE}` (`debian`) with an explicit version (`debian:<version>`) or pin its digest
RUN apt-get update

# An ARG without default may carry the tag: not reported.
FROM gcr.io/distroless/python3:${RUNTIME_TAG}
COPY --from=deps /usr/local/lib/python3.12 /usr/local/lib/python3.12

FROM deps AS test
FROM alpine
#    ^^^^^^ DL3006 Tag the image `alpine` with an explicit version (`alpine:<version>`) or pin its digest
FROM scratch
