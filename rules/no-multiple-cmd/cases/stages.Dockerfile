FROM node:22-slim AS test
WORKDIR /app
COPY . .
CMD ["npm", "test"]

FROM node:22-slim
WORKDIR /app
COPY . .
CMD ["npm", "run", "migrate"]
# Only this one is kept:
CMD ["npm", "start"]
# expect DL4003 11:1-11:4 Only the last `CMD` of a stage takes effect, and this one replaces the `CMD` on line 9: keep one
ONBUILD CMD ["npm", "run", "dev"]
