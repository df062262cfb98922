# The CI passes --build-arg BASE_IMAGE=..., a plain `docker build` fails:
ARG BASE_IMAGE
ARG PYTHON_VERSION=3.12

FROM ${BASE_IMAGE} AS runtime
#    ^^^^^^^^^^^^^ DF2004 With the defaults of the global ARGs, the image `${BASE_IMAGE}` is empty: give the ARG a default that names an image
RUN true

FROM python:${PYTHON_VERSION}-slim
COPY --from=runtime /opt /opt
