# The context folder beside this case has no .dockerignore.
FROM node:22-alpine AS build
WORKDIR /app
COPY index.html ./
# Copying from another stage does not read the context.
COPY --from=node:22-alpine /usr/local/bin/node /tmp/node
COPY . .
#    ^ DF3003 Add a `.dockerignore`: `COPY . .` copies the whole build context, `.git`, local builds and secrets included
RUN npm run build

FROM nginx:1.27-alpine
# Reported once per file.
COPY ./ /usr/share/nginx/html/
