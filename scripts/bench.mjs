#!/usr/bin/env node
// `pnpm bench [--sizes 10000,100000,1000000] [--engines sqlite,postgresql] [--sections dashboard,pages]
// [--runs 7] [--pg-url URL]`: the dashboard and the pages staff use most (server/src/cli/bench.ts);
// `pnpm bench writes [--seconds 15] [--pg URL]`: write throughput (server/src/cli/bench-writes.ts);
// `pnpm bench search [--sizes 100000,1000000] [--engines sqlite,postgresql] [--pg-url URL]`: the name
// search on both engines (server/src/cli/bench-search.ts). Built if needed.
// PostgreSQL (`bench` and `bench search`): --pg-url, else MASAR_BENCH_PG_URL, else a cluster of
// the bench's own started here (scripts/postgres.mjs) in DIR/postgresql and stopped at the end,
// kept with its databases so that the demo data is generated once.
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { buildIfStale, root } from './build-if-stale.mjs';
import { startThrowawayPostgres } from './postgres.mjs';

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
const [first, ...rest] = process.argv.slice(2);
const scripts = { writes: 'bench-writes.js', search: 'bench-search.js' };
const [script, args] = scripts[first]
  ? [scripts[first], rest]
  : ['bench.js', process.argv.slice(2)];
const { values } = parseArgs({
  args,
  options: {
    engines: { type: 'string' },
    engine: { type: 'string' },
    'pg-url': { type: 'string' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'masar-bench') },
  },
  strict: false,
});
// As `pnpm start` runs the server: production unless said otherwise (graphql-js, Express).
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };
// Each bench's default engines: the dashboard's SQLite, the search's both.
const defaults = { 'bench.js': 'sqlite', 'bench-search.js': 'sqlite,postgresql' };
const engines = String(values.engines ?? values.engine ?? defaults[script] ?? '');
let cluster;
if (
  script !== 'bench-writes.js' &&
  engines.includes('postgresql') &&
  !values['pg-url'] &&
  !env.MASAR_BENCH_PG_URL
) {
  cluster = startThrowawayPostgres({ keepIn: path.join(String(values.dir), 'postgresql') });
  env.MASAR_BENCH_PG_URL = cluster.url;
}
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'server/dist/cli', script), ...args],
    {
      stdio: 'inherit',
      env,
    },
  );
  status = result.status ?? 1;
} finally {
  cluster?.stop();
}
process.exit(status);
