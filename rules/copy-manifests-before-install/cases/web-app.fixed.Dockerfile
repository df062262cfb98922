FROM node:22-alpine AS build
WORKDIR /app
# The whole project, then the install: every edit reinstalls.
COPY --chown=node:node package.json package-lock.json ./
#                      ^ DF3002 Copy `package.json` and `package-lock.json` and run `npm ci` (line 7) before `COPY . .`, so the dependency layer stays cached when other files change
USER node
RUN npm ci \
    && npm cache clean --force
COPY --chown=node:node . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
