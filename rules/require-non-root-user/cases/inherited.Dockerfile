ARG NODE_VERSION=22
FROM node:${NODE_VERSION}-slim AS base
WORKDIR /app
# The USER of a parent stage carries over to the stages built on it.
USER node

FROM base AS deps
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci --omit=dev

FROM deps
COPY --chown=node:node . .
CMD ["node", "server.js"]
