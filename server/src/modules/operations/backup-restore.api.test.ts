import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TestServer,
  createTestDatabase,
  testEngine,
  type TestDatabase,
} from '../../test-support/test-app.js';
import { UPLOAD_HEADER } from '../library/attachments.js';
import { readManifest, sha256Of } from './backup-manifest.js';
import {
  cli,
  countRows,
  openRestored,
  startWriters,
  timelineProblems,
  type Ack,
} from './backup-test-kit.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pdf = Buffer.from('%PDF-1.7\nthe support request form, signed\n%%EOF\n');

describe(`a backup taken while officers write restores whole (${testEngine})`, () => {
  let server: TestServer;
  let target: TestDatabase;
  let backupDir: string;
  let acks: Ack[];
  let startedAt: number;

  beforeAll(async () => {
    server = await TestServer.start({ rateLimitPerMinute: 100_000 });
    target = await createTestDatabase();
    // One attachment, so the files travel too.
    const manager = await server.userWithRoles(['MANAGER']);
    const doc = await manager.graphql<{ libraryDocument: { id: string } }>(
      'query { libraryDocument(slug: "support-request-form") { id } }',
    );
    const uploaded = await fetch(
      `${server.app.url}/api/library/documents/${doc.data!.libraryDocument.id}/attachments`,
      {
        method: 'POST',
        headers: { [UPLOAD_HEADER]: '1', 'x-filename': 'form.pdf', ...manager.headers },
        body: new Uint8Array(pdf),
      },
    );
    expect(uploaded.status).toBe(201);
  });
  afterAll(async () => {
    await server?.stop();
    await target?.drop();
  });

  it('takes the backup with `masar backup --to DIR` while six officers advance transactions', async () => {
    const writers = await startWriters(server, 6);
    // Writing for a while first (however busy the machine): at least 30 acknowledged writes.
    for (let i = 0; i < 200 && writers.acks.length < 30; i++) await sleep(100);
    startedAt = Date.now();
    const ackedBefore = writers.acks.length;
    const to = path.join(server.db.config.dataDir, 'elsewhere');
    const backup = await cli(server.db.config, 'backup', '--to', to);
    const ackedDuring = writers.acks.length - ackedBefore;
    await sleep(300);
    acks = await writers.stop();
    expect(backup, backup.err).toMatchObject({ code: 0, err: '' });
    expect(backup.out).toMatch(/^Backup written to .*masar-[\dT-]+Z: \d+ files/);
    expect(fs.readdirSync(to)).toHaveLength(1);
    backupDir = path.join(to, fs.readdirSync(to)[0]!);
    expect(ackedBefore).toBeGreaterThan(10);
    // The app kept serving while the backup was taken.
    expect(ackedDuring).toBeGreaterThan(0);
  });

  it('writes a manifest: time, engine, schema version, rows per table, size and SHA-256 of each file', async () => {
    const manifest = await readManifest(backupDir);
    expect(manifest.engine).toBe(testEngine);
    expect(Date.parse(manifest.createdAt)).toBeGreaterThanOrEqual(startedAt - 1000);
    expect(manifest.schemaVersion).toBe(manifest.migrations.at(-1));
    expect(manifest.schemaVersion).toMatch(/^Migration/);
    expect(manifest.tables.beneficiary_transaction).toBeGreaterThan(0);
    const files = manifest.files.map((f) => f.path);
    expect(files).toContain(testEngine === 'sqlite' ? 'database.sqlite' : 'database.dump');
    const sha = await sha256Of(
      path.join(
        backupDir,
        files.find((f) => f.includes('attach'))!,
      ),
    );
    expect(manifest.files.find((f) => f.path.includes('attach'))).toMatchObject({
      size: pdf.length,
      sha256: sha,
    });
  });

  it('restores with `masar restore FROM` into an empty place, and the restored database holds together', async () => {
    const restored = await cli(target.config, 'restore', backupDir);
    expect(restored, restored.err).toMatchObject({ code: 0, err: '' });
    expect(restored.out).toMatch(/every checksum and row count matched/);
    const manifest = await readManifest(backupDir);
    const { orm, sql } = await openRestored(target.config);
    try {
      if (testEngine === 'sqlite') {
        expect(await sql('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      }
      // Counts as the manifest says (the start-up's own rows aside: none for these tables).
      const tables = Object.keys(manifest.tables).filter(
        (t) => !['calendar_day', 'mikro_orm_migrations'].includes(t),
      );
      expect(await countRows(sql, tables)).toEqual(
        Object.fromEntries(tables.map((t) => [t, manifest.tables[t]])),
      );
      expect(await timelineProblems(sql)).toEqual([]);
      // The run that took the backup, still under way in its snapshot, is recorded as done
      // (PostgreSQL; on SQLite a backup by hand writes nothing to the live file).
      expect(await sql('select trigger, status from backup_run')).toEqual(
        testEngine === 'postgresql' ? [{ trigger: 'MANUAL', status: 'OK' }] : [],
      );

      // Every write acknowledged before the backup started is there, at least at that version.
      const versions = new Map(
        (await sql('select id, version from beneficiary_transaction')).map((r) => [
          String(r.id),
          Number(r.version),
        ]),
      );
      const before = acks.filter((a) => a.at < startedAt);
      expect(before.length).toBeGreaterThan(10);
      const missing = before.filter((a) => (versions.get(a.id) ?? 0) < a.version);
      expect(missing).toEqual([]);

      // The attachment's file is back in the data directory, byte for byte.
      const [attachment] = await sql('select sha256 from library_attachment');
      const file = path.join(target.config.dataDir, 'attachments', String(attachment!.sha256));
      expect(fs.readFileSync(file)).toEqual(pdf);
    } finally {
      await orm.close(true);
    }
  });
});
