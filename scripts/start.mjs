#!/usr/bin/env node
// `pnpm start`: builds whatever is missing or older than its sources, then runs the server,
// which migrates the database, loads the policy, and serves the SPA and /graphql on one port.
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
buildIfStale(
  'client',
  ['client/src', 'client/index.html', 'client/explorer.html'],
  path.join(root, 'client/dist/index.html'),
  '@masar/client',
);

// Production unless said otherwise: libraries that read NODE_ENV themselves (Express among them,
// which shows stack traces in development) then agree with the app's own setting.
const env = { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production' };

// `pnpm start --demo [N]`: fill an empty database with N demo transactions (default 5,000) first.
const demoAt = process.argv.findIndex((a) => a === '--demo' || a.startsWith('--demo='));
if (demoAt >= 0) {
  const arg = process.argv[demoAt];
  const next = process.argv[demoAt + 1];
  const count = arg.includes('=') ? arg.split('=')[1] : /^\d+$/.test(next ?? '') ? next : '5000';
  const seeded = spawnSync(
    process.execPath,
    [path.join(root, 'server/dist/cli/seed-demo.js'), '--transactions', count],
    { stdio: 'inherit', env },
  );
  if (seeded.status !== 0) console.error('Starting without new demo data.');
}

// The server runs in a process group of its own: a Ctrl-C on the terminal reaches this wrapper
// only, which passes it on once (the server takes a second signal as "stop at once").
const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
  stdio: 'inherit',
  env,
  detached: true,
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    if (server.exitCode === null && server.signalCode === null) server.kill(signal);
  });
}
// Whatever ends this wrapper, the server does not stay behind.
process.on('exit', () => {
  if (server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
});
// The server's own code; killed by a signal: 128 + its number, as a shell reports it.
server.on('exit', (code, signal) =>
  process.exit(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 0)),
);
