# syntax=docker/dockerfile:1
# Policy Desk, following Node's Docker guidance (github.com/nodejs/docker-node, "Docker and Node.js
# Best Practices"): an official slim Node image, multi-stage (build with dev dependencies, ship
# production ones only: `npm ci --omit=dev`), NODE_ENV=production, the unprivileged `node` user,
# an init process (tini) so signals reach node and children are reaped, `node` run directly (not
# npm), a HEALTHCHECK on /healthz and a volume for ./data (the SQLite store).
#
#   docker build -t policy-desk .
#   docker run --rm -p 127.0.0.1:3978:3978 -v policy-desk-data:/app/data policy-desk
#   docker compose up           (with Redis; see compose.yaml)

ARG NODE_VERSION=20

# --- build: every dependency, then tsc to dist/ -------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# sqlite3 compiles from source when no prebuilt binary fits: it needs Python, make and a C++ compiler.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/build.mjs scripts/build.mjs
COPY src src
RUN npm run build

# --- production dependencies only ----------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

# --- runtime -------------------------------------------------------------------------------------
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978
WORKDIR /app
COPY --chown=node:node package.json ./
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node policies ./policies
# Read at run time beside dist/: the word-vector table the answers use.
COPY --chown=node:node resources ./resources
# The SQLite store (STORE_URL's default sqlite://./data/policy-desk.sqlite) lives here.
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3978
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz').then((r)=>process.exit(r.ok?0:1),()=>process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--no-regexp-tier-up", "dist/main.js"]
