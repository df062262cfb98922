ARG BASE=Deps
FROM node:22 AS Deps
#               ^^^^ DF2006 Stage name `Deps` is read as `deps`: write it in lower case
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci

FROM Deps AS Build
#            ^^^^^ DF2006 Stage name `Build` is read as `build`: write it in lower case
COPY . .
RUN --mount=type=cache,from=Deps,source=/root/.npm,target=/root/.npm npm run build

FROM ${BASE} AS test
RUN npm test

FROM nginx:1.27
COPY --from=Build /app/dist /usr/share/nginx/html
COPY --from=1 /app/package.json /meta/
ONBUILD COPY --from=Build /app/dist /srv
