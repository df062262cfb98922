FROM node:22-alpine
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
RUN npm install -g \
        typescript@5.6.3 \
        pm2 \
#       ^^^ DL3016
    && npm install --registry https://registry.example.com @acme/cli@latest
#                                                          ^^^^^^^^^^^^^^^^ DL3016
ONBUILD RUN npm install -g nodemon
#                          ^^^^^^^ DL3016
