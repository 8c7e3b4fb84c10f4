FROM node:20-alpine
# ruleid: dockerfile.npm-unpinned
RUN npm install -g typescript
# ruleid: dockerfile.npm-unpinned
RUN npm i --save @types/node express@latest
# ok: dockerfile.npm-unpinned
RUN npm install -g typescript@5.4.5 @angular/cli@17.3.0
# ok: dockerfile.npm-unpinned
RUN npm ci && npm install
# ok: dockerfile.npm-unpinned
RUN npm install ./packages/local-lib https://example.com/pkg-1.0.0.tgz git+https://github.com/expressjs/express.git#4.19.2
