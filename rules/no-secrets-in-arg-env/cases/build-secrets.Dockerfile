FROM python:3.12-slim
ARG PIP_INDEX_TOKEN
#   ^^^^^^^^^^^^^^^ DL3064 `PIP_INDEX_TOKEN` looks like a secret, and ARG values stay readable in the image: use `RUN --mount=type=secret`
# A tuning knob of the tokenizers library, not a token.
ENV TOKENIZERS_PARALLELISM=false
# Docker secrets convention: the variable holds the path of the secret.
ENV DB_PASSWORD_FILE=/run/secrets/db_password
RUN --mount=type=secret,id=pip_token,env=PIP_TOKEN pip install --no-cache-dir -r requirements.txt
