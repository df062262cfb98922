FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
RUN npm install -g \
        typescript@5.6.3 \
        pm2 \
#       ^^^ DL3016 Pin the version of `pm2`: `npm install pm2@<version>`
    && npm install --registry https://registry.example.com @acme/cli@latest
#                                                          ^^^^^^^^^^^^^^^^ DL3016 Pin the version of `@acme/cli@latest`: `npm install @acme/cli@<version>`
ONBUILD RUN npm install -g nodemon
#                          ^^^^^^^ DL3016 Pin the version of `nodemon`: `npm install nodemon@<version>`
