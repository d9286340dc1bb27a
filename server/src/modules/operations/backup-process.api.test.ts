/**
 * The restore drill as an operator runs it: the built server serving in a process of its own
 * while officers write, `node dist/cli/masar.js backup` in another, then `restore` into an empty
 * place, and the restored server started and read over HTTP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  envFor,
  runProcess,
  serverRoot,
  startServerProcess,
  type ServerProcess,
} from '../../test-support/server-process.js';
import {
  TEST_ADMIN_PASSWORD,
  createTestDatabase,
  testEngine,
  type TestDatabase,
} from '../../test-support/test-app.js';
import type { Config } from '../../config.js';
import { keepWriting, prepareDesk, signInAt } from '../../test-support/writers.js';
import { openRestored, timelineProblems } from './backup-test-kit.js';

const masarJs = path.join(serverRoot, 'dist/cli/masar.js');

async function masar(config: Config, ...args: string[]) {
  const run = runProcess([masarJs, ...args], envFor(config));
  const { code } = await run.exited;
  return { code, output: run.output().trim() };
}

async function stopServer(server: ServerProcess | undefined) {
  if (!server || server.child.exitCode !== null) return;
  server.child.kill('SIGTERM');
  await server.exited;
}

describe(`the restore drill with real processes (${testEngine})`, () => {
  let source: TestDatabase;
  let target: TestDatabase;
  let server: ServerProcess | undefined;
  let restoredServer: ServerProcess | undefined;
  let scratch: string;

  beforeAll(async () => {
    source = await createTestDatabase();
    target = await createTestDatabase();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-drill-'));
  });
  afterAll(async () => {
    await stopServer(server);
    await stopServer(restoredServer);
    await source?.drop();
    await target?.drop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('backs up a serving server, restores into an empty place, and the restored server has every acknowledged write', async () => {
    server = await startServerProcess(source.config, { MASAR_RATE_LIMIT: '100000' });
    const desk = await prepareDesk(server.url);
    const writers = keepWriting(desk, 8, 'نسخة احتياطية');
    for (let i = 0; i < 200 && writers.outcomes.length < 30; i++) {
      await new Promise((r) => setTimeout(r, 100));
    }
    const before = writers.outcomes.flatMap((o) => (o.ok ? [o.id] : []));
    const backup = await masar(source.config, 'backup', '--to', scratch);
    const outcomes = await writers.stop();
    expect(backup.code, backup.output).toBe(0);
    expect(backup.output).toMatch(/^Backup written to /);
    expect(before.length).toBeGreaterThan(5);
    // The backup disturbed no writer: every request was acknowledged.
    expect(outcomes.filter((o) => !o.ok)).toEqual([]);
    await stopServer(server);

    const [folder] = fs.readdirSync(scratch);
    const restore = await masar(target.config, 'restore', path.join(scratch, folder!));
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output).toMatch(/every checksum and row count matched/);

    const { orm, sql } = await openRestored(target.config);
    try {
      if (testEngine === 'sqlite') {
        expect(await sql('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      }
      expect(await timelineProblems(sql)).toEqual([]);
      const ids = new Set(
        (await sql('select id from beneficiary_transaction')).map((r) => String(r.id)),
      );
      expect(before.filter((id) => !ids.has(id))).toEqual([]);
    } finally {
      await orm.close(true);
    }

    // The restored desk serves: the admin signs in and reads the audit trail of those writes.
    restoredServer = await startServerProcess(target.config);
    const admin = await signInAt(restoredServer.url, 'admin', TEST_ADMIN_PASSWORD);
    const trail = await admin.graphql<{ auditEntries: { totalCount: number } }>(
      '{ auditEntries(first: 1) { totalCount } }',
    );
    expect(trail.data?.auditEntries.totalCount).toBeGreaterThan(before.length);
    // Three server processes, writers, a backup and a restore: 21 s on an idle CI machine, over
    // 30 s once when the machine was shared.
  }, 90_000);

  it('refuses to restore over the restored data in one sentence, exit 1, no stack trace', async () => {
    const [folder] = fs.readdirSync(scratch);
    const again = await masar(target.config, 'restore', path.join(scratch, folder!));
    expect(again.code).toBe(1);
    expect(again.output).toMatch(/is not empty|already exists/);
    expect(again.output.split('\n')).toHaveLength(1);
    expect(again.output).not.toMatch(/\n\s+at |\.js:\d+/);
  });
});
