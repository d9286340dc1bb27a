#!/usr/bin/env node
// `pnpm soak [--minutes 10] [--url URL]`: a long mixed load with a report every minute (server/src/cli/soak.ts), built if needed.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
const result = spawnSync(
  process.execPath,
  [path.join(root, 'server/dist/cli/soak.js'), ...process.argv.slice(2)],
  { stdio: 'inherit', env: process.env },
);
process.exit(result.status ?? 1);
