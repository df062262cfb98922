FROM debian:12
ARG APP_UID=1000
RUN useradd -l --uid 123456 builder
#                 ^^^^^^ DL3046 Add `-l` (`--no-log-init`) to `useradd`: UID 123456 makes the lastlog and faillog files huge
RUN useradd -l -u 123456 runner
RUN useradd -u "${APP_UID}" app
USER app
