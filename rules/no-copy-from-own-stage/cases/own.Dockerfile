FROM node:22 AS deps
RUN npm ci

FROM node:22 AS Build
COPY --from=deps /app/node_modules /app/node_modules
COPY --from=build /app/dist /dist
#           ^^^^^ DL3023 `--from=build` references the current stage; copy from another stage, or use `RUN cp` within this one
COPY --from=1 /app/dist /dist
#           ^ DL3023 `--from=1` references the current stage; copy from another stage, or use `RUN cp` within this one
RUN npm run build

FROM nginx:1.27
COPY --from=Build /app/dist /usr/share/nginx/html
