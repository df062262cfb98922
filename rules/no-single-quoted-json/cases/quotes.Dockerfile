FROM node:22-slim
SHELL ['/bin/bash', '-o', 'pipefail', '-c']
#     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3005 Single quotes are not JSON, so Docker does not read this `SHELL` as an array: use double quotes
WORKDIR /app
COPY ['package.json', 'package-lock.json', './']
#    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3005 Single quotes are not JSON, so Docker does not read this `COPY` as an array: use double quotes
RUN npm ci --omit=dev && [ -d 'node_modules' ]
VOLUME ["/app/data"]
# An element holding double quotes would need escaping: reported, not fixed.
HEALTHCHECK CMD ['node', '-e', 'require("http").get("http://localhost:3000")']
#               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ DF3005 Single quotes are not JSON, so Docker does not read this `HEALTHCHECK CMD` as an array: use double quotes
CMD ['node', 'server.js']
#   ^^^^^^^^^^^^^^^^^^^^^ DF3005 Single quotes are not JSON, so Docker does not read this `CMD` as an array: use double quotes
