#!/usr/bin/env node
// `pnpm test`: every check and every test suite, with one summary at the end.
//   lint → typecheck → codegen drift → build →
//     server (SQLite) ‖ server (PostgreSQL) ‖ client      (side by side) →
//   browser
// Vitest runs one test file at a time on a two-core machine (its default is cores − 1), and the
// server suites spend much of their time waiting on child servers, PostgreSQL and the disk: the
// three middle suites run side by side, each one's output printed in one block when it ends.
// PostgreSQL: MASAR_TEST_PG_URL if set; otherwise a throwaway cluster when the PostgreSQL
// server binaries are installed; otherwise the PostgreSQL suite is reported as NOT RUN.
import { spawn, spawnSync } from 'node:child_process';
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
const selected = (name) =>
  !only.length || only.some((o) => name.toLowerCase().includes(o.toLowerCase()));

function record(name, ok, seconds, report) {
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

/** A step run in the foreground, its output streamed. */
function run({ name, cmd, args, cwd = root, env = {}, report }) {
  if (!selected(name)) return true;
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd, stdio: 'inherit', env: { ...process.env, ...env } });
  return record(name, result.status === 0, ((Date.now() - started) / 1000).toFixed(1), report);
}

/** Steps run side by side; each one's output is kept and printed whole when it ends. */
async function runTogether(steps) {
  const chosen = steps.filter((s) => selected(s.name));
  if (chosen.length <= 1) return chosen.forEach((s) => run(s));
  console.log(`\n━━ side by side: ${chosen.map((s) => s.name).join(' ‖ ')} ━━`);
  const started = Date.now();
  const running = new Set(chosen.map((s) => s.name));
  const heartbeat = setInterval(() => {
    const minutes = Math.round((Date.now() - started) / 60000);
    console.log(`… ${minutes} min, still running: ${[...running].join(', ')}`);
  }, 60_000);
  await Promise.all(
    chosen.map(
      (step) =>
        new Promise((resolve) => {
          const log = path.join(reports, `${step.name.replace(/\W+/g, '-')}.log`);
          const out = fs.openSync(log, 'w');
          const child = spawn(step.cmd, step.args, {
            cwd: step.cwd ?? root,
            stdio: ['ignore', out, out],
            env: { ...process.env, FORCE_COLOR: '1', ...step.env },
          });
          child.on('close', (code) => {
            fs.closeSync(out);
            running.delete(step.name);
            const seconds = ((Date.now() - started) / 1000).toFixed(1);
            console.log(`\n━━ ${step.name} (ended after ${seconds}s) ━━`);
            process.stdout.write(fs.readFileSync(log));
            record(step.name, code === 0, seconds, step.report);
            resolve();
          });
        }),
    ),
  );
  clearInterval(heartbeat);
}

const vitest = (name, pkgDir, env = {}) => {
  const report = path.join(reports, `${name.replace(/\W+/g, '-')}.json`);
  return {
    name,
    cmd: 'pnpm',
    args: [
      'exec',
      'vitest',
      'run',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    cwd: path.join(root, pkgDir),
    env,
    report,
  };
};

run({ name: 'lint (eslint, prettier)', cmd: 'pnpm', args: ['run', 'lint'] });
run({ name: 'typecheck (tsc, vue-tsc)', cmd: 'pnpm', args: ['-r', 'typecheck'] });
run({
  name: 'codegen drift (client types vs schema/schema.graphql)',
  cmd: 'pnpm',
  args: ['--filter', '@masar/client', 'codegen:check'],
});
// Built before the suites: the server suites run the built server, the browser tests the app.
run({ name: 'build (server, client)', cmd: 'pnpm', args: ['run', 'build'] });

const middle = [vitest('server tests on SQLite', 'server', { MASAR_TEST_ENGINE: 'sqlite' })];
let pg = null;
if (selected('server tests on PostgreSQL')) {
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
    middle.push(
      vitest('server tests on PostgreSQL', 'server', {
        MASAR_TEST_ENGINE: 'postgresql',
        MASAR_TEST_PG_URL: pg.url,
      }),
    );
  } else {
    const message = `PostgreSQL is not available (${pgNote}): the PostgreSQL suite was NOT RUN. Install the Debian package "postgresql" or set MASAR_TEST_PG_URL.`;
    console.log(`\n━━ server tests on PostgreSQL ━━\n${message}`);
    // CI must prove both engines; a developer machine may lack PostgreSQL.
    results.push({
      name: 'server tests on PostgreSQL',
      ok: !process.env.CI,
      detail: 'NOT RUN (PostgreSQL unavailable)',
    });
  }
}
middle.push(vitest('client component tests', 'client'));
try {
  await runTogether(middle);
} finally {
  pg?.stop();
}

run(vitest('browser tests (Chromium)', 'tests'));

fs.rmSync(reports, { recursive: true, force: true });
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? '✔' : '✘'} ${r.name}: ${r.detail}`);
const failedSteps = results.filter((r) => !r.ok).length;
const failed = Math.max(totals.failed, failedSteps);
console.log(
  `tests: ${totals.passed} passed, ${failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`,
);
process.exit(failedSteps ? 1 : 0);
