FROM node:22-slim
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3005
WORKDIR /app
COPY ["package.json", "package-lock.json", "./"]
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3005
RUN npm ci --omit=dev && [ -d 'node_modules' ]
VOLUME ["/app/data"]
# An element holding double quotes would need escaping: reported, not fixed.
HEALTHCHECK CMD ['node', '-e', 'require("http").get("http://localhost:3000")']
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3005
CMD ["node", "server.js"]
#   ^^^^^^^^^^^^^^^^^^^^^ DF3005
