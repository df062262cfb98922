FROM node:22 AS deps
COPY package.json package-lock.json ./
#                                   ^^ DL3045 `./` is relative to the base image's working directory: set `WORKDIR` first or use an absolute path
WORKDIR /app
RUN npm ci

FROM deps AS build
# WORKDIR /app is inherited from the deps stage.
COPY . .
RUN npm run build

FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf conf.d/
#               ^^^^^^^ DL3045 `conf.d/` is relative to the base image's working directory: set `WORKDIR` first or use an absolute path
