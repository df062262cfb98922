FROM node:22-bookworm-slim AS build
WORKDIR /app
COPPY package.json package-lock.json ./
# expect DF1001 3:1-3:6 Unknown instruction `COPPY` (did you mean `COPY`?)
RUN npm ci && \
    # a comment line does not end the continuation
    npm run build
# A line whose continuation was forgotten becomes an instruction of its own:
RUN npm prune --omit=dev &&
    rm -rf /tmp/*
#   ^^ DF1001 Unknown instruction `rm`
ONBUILD COPPY . /app
#       ^^^^^ DF1001 Unknown instruction `COPPY` (did you mean `COPY`?)
RUN <<EOF
set -eu
echo heredoc lines are not instructions
EOF
ENTRYPOINT ["node", "dist/server.js"]
