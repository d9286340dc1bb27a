#!/usr/bin/env node
// `pnpm bench [--sizes 10000,100000,1000000] [--runs 7]`: the dashboard benchmark (server/src/cli/bench.ts), built if needed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
const result = spawnSync(
  process.execPath,
  [path.join(root, 'server/dist/cli/bench.js'), ...process.argv.slice(2)],
  { stdio: 'inherit', env: process.env },
);
process.exit(result.status ?? 1);
