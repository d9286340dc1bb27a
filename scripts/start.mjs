#!/usr/bin/env node
// `pnpm start`: builds whatever is missing or older than its sources, then runs the server,
// which migrates the database, loads the policy, and serves the SPA and /graphql on one port.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
buildIfStale(
  'client',
  ['client/src', 'client/index.html'],
  path.join(root, 'client/dist/index.html'),
  '@masar/client',
);

const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
