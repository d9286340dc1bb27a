# syntax=docker/dockerfile:1
# Masar's container image: the built server and SPA only, run as a non-root user.
#   docker build -t masar .
#   docker run -p 4000:4000 -v masar-data:/var/lib/masar masar          (SQLite in the volume)
# With PostgreSQL, two instances and HTTPS in front: deploy/compose.yaml (README, "Running it
# beyond one machine").

# ── Build: install with the lockfile, build server and client, then keep the server's
#    production dependencies only (pnpm deploy). better-sqlite3 compiles from source here.
FROM node:20-bookworm-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10
WORKDIR /src
# The manifests first, so that a change of source code does not reinstall everything.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml .npmrc ./
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build
# `--legacy`: pnpm 10 deploys a workspace package without injected workspace dependencies only
# this way (the server depends on no other workspace package, so nothing is lost).
RUN pnpm --filter @masar/server deploy --prod --legacy /prod/server \
 && node -e "new (require('/prod/server/node_modules/better-sqlite3'))(':memory:').close()"

# ── Runtime: Node, pg_dump/pg_restore for PostgreSQL backups (PostgreSQL 15's client), the app.
FROM node:20-bookworm-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends postgresql-client \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /var/lib/masar \
 && chown node:node /var/lib/masar
WORKDIR /app
# What `node scripts/start.mjs` and `node scripts/masar.mjs …` need: the wrapper scripts, the
# compiled server with its production node_modules, the built SPA and the analyst guide it serves.
# (With no sources in the image, the wrappers never try to rebuild.)
COPY --from=build /src/package.json ./
COPY --from=build /src/scripts/start.mjs /src/scripts/masar.mjs /src/scripts/build-if-stale.mjs scripts/
COPY --from=build /prod/server/package.json server/
COPY --from=build /prod/server/node_modules server/node_modules
COPY --from=build /src/server/dist server/dist
COPY --from=build /src/client/dist client/dist
COPY --from=build /src/docs/analyst-guide.md docs/
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=4000 \
    MASAR_DATA_DIR=/var/lib/masar
USER node
VOLUME ["/var/lib/masar"]
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# The wrapper passes SIGTERM on to the server (graceful stop within MASAR_SHUTDOWN_GRACE_SECONDS)
# and exits with its code. The administrator's commands: docker exec … node scripts/masar.mjs …
CMD ["node", "scripts/start.mjs"]
