#!/usr/bin/env node
// `pnpm test`: every check and every test suite, in order, with one summary at the end.
//   lint → typecheck → codegen drift → server (SQLite) → server (PostgreSQL) → client → build → browser
// PostgreSQL: MASAR_TEST_PG_URL if set; otherwise a throwaway cluster when the PostgreSQL
// server binaries are installed; otherwise the PostgreSQL suite is reported as NOT RUN.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayPostgres } from './postgres.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-test-reports-'));
const results = [];
const totals = { passed: 0, failed: 0, skipped: 0 };
const only = process.argv.slice(2);

function run(name, cmd, args, { cwd = root, env = {}, report } = {}) {
  if (only.length && !only.some((o) => name.toLowerCase().includes(o.toLowerCase()))) return true;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  let counts = '';
  if (report && fs.existsSync(report)) {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
    counts = ` — ${json.numPassedTests} passed, ${json.numFailedTests} failed`;
  } else if (report && !ok) {
    totals.failed += 1;
  }
  results.push({ name, ok, detail: `${ok ? 'ok' : 'FAILED'} in ${seconds}s${counts}` });
  return ok;
}

const vitest = (name, pkgDir, env = {}) => {
  const report = path.join(reports, `${name.replace(/\W+/g, '-')}.json`);
  return run(
    name,
    'pnpm',
    [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    {
      cwd: path.join(root, pkgDir),
      env,
      report,
    },
  );
};

run('lint (eslint, prettier)', 'pnpm', ['run', 'lint']);
run('typecheck (tsc, vue-tsc)', 'pnpm', ['-r', 'typecheck']);
run('codegen drift (client types vs schema/schema.graphql)', 'pnpm', [
  '--filter',
  '@masar/client',
  'codegen:check',
]);
vitest('server tests on SQLite', 'server', { MASAR_TEST_ENGINE: 'sqlite' });

let pg = null;
let pgNote = '';
if (process.env.MASAR_TEST_PG_URL) {
  pg = { url: process.env.MASAR_TEST_PG_URL, stop() {} };
} else {
  try {
    pg = startThrowawayPostgres();
  } catch (err) {
    pgNote = err.message;
  }
}
if (pg) {
  try {
    vitest('server tests on PostgreSQL', 'server', {
      MASAR_TEST_ENGINE: 'postgresql',
      MASAR_TEST_PG_URL: pg.url,
    });
  } finally {
    pg.stop();
  }
} else if (!only.length || only.some((o) => 'postgresql'.includes(o.toLowerCase()))) {
  const message = `PostgreSQL is not available (${pgNote}): the PostgreSQL suite was NOT RUN. Install the Debian package "postgresql" or set MASAR_TEST_PG_URL.`;
  console.log(`\n━━ server tests on PostgreSQL ━━\n${message}`);
  // CI must prove both engines; a developer machine may lack PostgreSQL.
  results.push({
    name: 'server tests on PostgreSQL',
    ok: !process.env.CI,
    detail: 'NOT RUN (PostgreSQL unavailable)',
  });
}

vitest('client component tests', 'client');
run('build (server, client)', 'pnpm', ['run', 'build']);
vitest('browser tests (Chromium)', 'tests');

fs.rmSync(reports, { recursive: true, force: true });
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.name}: ${r.detail}`);
const failedSteps = results.filter((r) => !r.ok).length;
const failed = Math.max(totals.failed, failedSteps);
console.log(
  `tests: ${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps ? 1 : 0);
