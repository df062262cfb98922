# hadolint global ignore=DL3059
FROM debian:12
# hadolint ignore=DL3008
# ^^^^^^^^^^^^^^^^^^^^^^ DL1001 Do not silence rules inline: fix the finding, or ignore the rule in the configuration file
RUN apt-get update && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
# dflint stage ignore=DL3003
RUN cd /tmp && make
