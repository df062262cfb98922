FROM node:22-slim AS test
WORKDIR /app
COPY . .
CMD ["npm", "test"]

FROM node:22-slim
WORKDIR /app
COPY . .
# Only this one is kept:
CMD ["npm", "start"]
# expect DL4003 11:1-11:4
ONBUILD CMD ["npm", "run", "dev"]
