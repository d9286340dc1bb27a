#!/usr/bin/env node
// `pnpm bench:isolation [--size 100000] [--engines sqlite,postgresql] [--seed 1] [--dir DIR] [--pg-url URL]`:
// heavy requests of issue 13 item 12 while a cheap query is probed (server/src/cli/bench-isolation.ts),
// built if needed. PostgreSQL: --pg-url, else MASAR_BENCH_PG_URL, else DATABASE_URL when it is
// postgresql://…, else a throwaway cluster (scripts/postgres.mjs; its data is generated each run).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale, root } from './build-if-stale.mjs';
import { startThrowawayPostgres } from './postgres.mjs';

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
const args = process.argv.slice(2);
const { values } = parseArgs({
  args,
  options: {
    engines: { type: 'string', default: 'sqlite,postgresql' },
    'pg-url': { type: 'string' },
  },
  strict: false,
});
// As `pnpm start` runs the server: production unless said otherwise (graphql-js, Express).
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };
let cluster;
if (String(values.engines).includes('postgresql') && !values['pg-url'] && !env.MASAR_BENCH_PG_URL) {
  if (/^postgres(ql)?:\/\//.test(env.DATABASE_URL ?? '')) env.MASAR_BENCH_PG_URL = env.DATABASE_URL;
  else {
    cluster = startThrowawayPostgres();
    env.MASAR_BENCH_PG_URL = cluster.url;
  }
}
delete env.DATABASE_URL;
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'server/dist/cli/bench-isolation.js'), ...args],
    { stdio: 'inherit', env },
  );
  status = result.status ?? 1;
} finally {
  cluster?.stop();
}
process.exit(status);
