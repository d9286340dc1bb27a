#!/usr/bin/env node
// `pnpm bench [--sizes 10000,100000,1000000] [--runs 7]`: the dashboard benchmark (server/src/cli/bench.ts);
// `pnpm bench writes [--seconds 15] [--pg URL]`: write throughput (server/src/cli/bench-writes.ts);
// `pnpm bench search [--sizes 100000,1000000] [--engines sqlite,postgresql] [--pg-url URL]`: the name
// search on both engines (server/src/cli/bench-search.ts; PostgreSQL from --pg-url or
// MASAR_BENCH_PG_URL). Built if needed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
// `pnpm bench writes …`: the write throughput benchmark (server/src/cli/bench-writes.ts).
const [first, ...rest] = process.argv.slice(2);
const scripts = { writes: 'bench-writes.js', search: 'bench-search.js' };
const [script, args] = scripts[first]
  ? [scripts[first], rest]
  : ['bench.js', process.argv.slice(2)];
const result = spawnSync(process.execPath, [path.join(root, 'server/dist/cli', script), ...args], {
  stdio: 'inherit',
  env: process.env,
});
process.exit(result.status ?? 1);
