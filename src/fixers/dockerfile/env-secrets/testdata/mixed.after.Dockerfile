FROM node:22-alpine
ARG NPM_TOKEN
ENV MODE=production
WORKDIR /app
COPY . .
USER node
CMD ["node", "server.js"]
