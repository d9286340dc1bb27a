#!/usr/bin/env node
// `pnpm screenshots`: the pictures at the top of README, taken again from the built app in
// Debian's Chromium: the policy page and the manager's dashboard, in Arabic, on demo data.
// Builds what is missing, seeds a throwaway data directory, serves it on a free port, signs in
// as the demo manager, and writes docs/screenshots/*.png.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { buildIfStale, root } from './build-if-stale.mjs';

const { chromium } = createRequire(path.join(root, 'tests/package.json'))('playwright-core');
const outDir = path.join(root, 'docs/screenshots');

buildIfStale('server', ['server/src'], path.join(root, 'server/dist/main.js'), '@masar/server');
buildIfStale('client', ['client/src'], path.join(root, 'client/dist/index.html'), '@masar/client');

const freePort = () =>
  new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-shots-'));
const env = { ...process.env, MASAR_DATA_DIR: dataDir, DATABASE_URL: '' };
const seeded = spawnSync(
  process.execPath,
  [path.join(root, 'server/dist/cli/seed-demo.js'), '--transactions', '3000', '--seed', '7'],
  { env, stdio: 'inherit' },
);
if (seeded.status !== 0) process.exit(seeded.status ?? 1);

const port = await freePort();
const server = spawn(process.execPath, [path.join(root, 'server/dist/main.js')], {
  env: { ...env, PORT: String(port), MASAR_ADMIN_PASSWORD: 'Saffron-Harbour-Lantern-71' },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const url = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  const up = await fetch(`${url}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  if (i > 120) throw new Error('the server did not start');
  await new Promise((r) => setTimeout(r, 500));
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  fs.mkdirSync(outDir, { recursive: true });

  await page.goto(`${url}/policy?lang=ar`);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(outDir, 'policy-ar.png') });

  const signIn = await context.request.post(`${url}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query:
        'mutation($input: SignInInput!) { signIn(input: $input) { user { id } errors { code } } }',
      variables: { input: { login: 'manager1', password: 'demo-pass-2026' } },
    },
  });
  if (!signIn.ok()) throw new Error(`sign-in failed: ${signIn.status()}`);
  await page.goto(`${url}/dashboard?lang=ar`);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500); // the charts' entry animation
  await page.screenshot({ path: path.join(outDir, 'dashboard-ar.png') });
  console.log(`Wrote ${outDir}/policy-ar.png and dashboard-ar.png`);
} finally {
  await browser.close();
  server.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
