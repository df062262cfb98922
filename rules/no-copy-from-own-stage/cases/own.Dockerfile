FROM node:22 AS deps
RUN npm ci

FROM node:22 AS Build
COPY --from=deps /app/node_modules /app/node_modules
COPY --from=build /app/dist /dist
#           ^^^^^ DL3023
COPY --from=1 /app/dist /dist
#           ^ DL3023
RUN npm run build

FROM nginx:1.27
COPY --from=Build /app/dist /usr/share/nginx/html
