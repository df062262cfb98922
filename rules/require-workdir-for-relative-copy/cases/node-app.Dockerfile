FROM node:22 AS deps
COPY package.json package-lock.json ./
#                                   ^^ DL3045
WORKDIR /app
RUN npm ci

FROM deps AS build
# WORKDIR /app is inherited from the deps stage.
COPY . .
RUN npm run build

FROM nginx:1.27
COPY --from=build /app/dist /usr/share/nginx/html
COPY nginx.conf conf.d/
#               ^^^^^^^ DL3045
