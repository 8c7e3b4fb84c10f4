FROM node:22-alpine
ARG NPM_TOKEN=npm_9fK2mQ7xLp4RtV8wZ1cB6nH3jD5sA0eG
ENV API_TOKEN=s3cr3t-Value-2024-xyz MODE=production
WORKDIR /app
COPY . .
USER node
CMD ["node", "server.js"]
