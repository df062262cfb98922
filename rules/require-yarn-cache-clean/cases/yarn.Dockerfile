FROM node:22-alpine AS build
WORKDIR /app
COPY package.json yarn.lock ./
# A builder stage whose files are only copied out ships no layer: not reported.
RUN yarn install --frozen-lockfile && yarn build

FROM node:22-alpine
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --production --frozen-lockfile
#        ^^^^^^^ DL3060 Clean the yarn cache after installing: end this RUN with `yarn cache clean`
RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn global add pm2@5.4.2
COPY --from=build /app/dist ./dist
CMD ["node", "dist/index.js"]
