import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions } from '../../db/mikro-orm.config.js';
import {
  TestServer,
  createTestDatabase,
  testEngine,
  type TestDatabase,
} from '../../test-support/test-app.js';
import { DATABASE_FILE, MANIFEST_FILE, readManifest } from './backup-manifest.js';
import { createBackup } from './backup.service.js';
import { cli, openRestored } from './backup-test-kit.js';

/** One sentence on stderr, no stack trace, exit 1. */
function expectRefusal(r: { code: number; out: string; err: string }, message: RegExp) {
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err).toMatch(message);
  expect(r.err.split('\n')).toHaveLength(1);
  expect(r.err).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
}

describe(`restore refuses what it must not do (${testEngine})`, () => {
  let server: TestServer;
  const targets: TestDatabase[] = [];
  let scratch: string;
  let backupDir: string;

  const emptyTarget = async () => {
    const t = await createTestDatabase();
    targets.push(t);
    return t;
  };
  /** A copy of the backup to spoil. */
  const copyOfBackup = (name: string) => {
    const copy = path.join(scratch, name);
    fs.cpSync(backupDir, copy, { recursive: true });
    return copy;
  };
  /** The target still holds nothing: no database tables, no files. */
  const expectUntouched = async (t: TestDatabase) => {
    expect(fs.readdirSync(t.config.dataDir)).toEqual([]);
    if (testEngine === 'postgresql') {
      const orm = await MikroORM.init(ormOptions(t.config));
      const [row] = await orm.em
        .getConnection()
        .execute(
          "select count(*) as n from information_schema.tables where table_schema = 'public'",
        );
      await orm.close(true);
      expect(Number((row as { n: unknown }).n)).toBe(0);
    }
  };

  beforeAll(async () => {
    server = await TestServer.start();
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-backups-'));
    const r = await cli(server.db.config, 'backup', '--to', path.join(scratch, 'taken'));
    expect(r.code, r.err).toBe(0);
    backupDir = path.join(scratch, 'taken', fs.readdirSync(path.join(scratch, 'taken'))[0]!);
  });
  afterAll(async () => {
    await server?.stop();
    for (const t of targets) await t.drop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('refuses a data directory or database that is not empty, and changes nothing', async () => {
    const before = await server.app.orm.em
      .getConnection()
      .execute('select count(*) as n from audit_entry');
    expectRefusal(await cli(server.db.config, 'restore', backupDir), /is not empty|already exists/);
    const after = await server.app.orm.em
      .getConnection()
      .execute('select count(*) as n from audit_entry');
    expect(after).toEqual(before);

    const t = await emptyTarget();
    fs.writeFileSync(path.join(t.config.dataDir, 'notes.txt'), 'mine');
    expectRefusal(await cli(t.config, 'restore', backupDir), /is not empty.*notes\.txt/);
  });

  it('refuses a backup whose file does not match its checksum, before writing anything', async () => {
    const spoilt = copyOfBackup('tampered');
    const file = path.join(spoilt, DATABASE_FILE[testEngine]);
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100] = bytes[bytes.length - 100]! ^ 0xff; // same size, one byte flipped
    fs.writeFileSync(file, bytes);
    const t = await emptyTarget();
    expectRefusal(
      await cli(t.config, 'restore', spoilt),
      new RegExp(`${DATABASE_FILE[testEngine]} does not match its checksum`),
    );
    await expectUntouched(t);

    const truncated = copyOfBackup('missing');
    fs.rmSync(path.join(truncated, DATABASE_FILE[testEngine]));
    expectRefusal(await cli(t.config, 'restore', truncated), /incomplete: .* is missing/);
    await expectUntouched(t);
  });

  it('refuses a backup from a newer schema (a migration this version does not know)', async () => {
    const newer = copyOfBackup('newer');
    const manifest = await readManifest(newer);
    manifest.migrations.push('Migration20991231_from_the_future');
    manifest.schemaVersion = 'Migration20991231_from_the_future';
    fs.writeFileSync(path.join(newer, MANIFEST_FILE), JSON.stringify(manifest));
    const t = await emptyTarget();
    expectRefusal(
      await cli(t.config, 'restore', newer),
      /newer version of Masar .*Migration20991231_from_the_future/,
    );
    await expectUntouched(t);
  });

  it('refuses a folder that is no backup, and says how to call it without one', async () => {
    const t = await emptyTarget();
    expectRefusal(await cli(t.config, 'restore', scratch), /is not a Masar backup/);
    const bare = await cli(t.config, 'restore');
    expect(bare.code).toBe(2);
    expect(bare.err).toMatch(/restore needs the backup folder/);
  });

  it('migrates a backup from an older schema after restoring it', async () => {
    // A database one migration behind this version, backed up.
    const old = await emptyTarget();
    const orm = await MikroORM.init(ormOptions(old.config));
    const names = (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
    await orm.getMigrator().up({ to: names.at(-2) });
    const { dir } = await createBackup(orm, old.config, path.join(scratch, 'older'));
    await orm.close(true);
    expect((await readManifest(dir)).schemaVersion).toBe(names.at(-2));

    const t = await emptyTarget();
    const r = await cli(t.config, 'restore', dir);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(`Migrated it from ${names.at(-2)} to ${names.at(-1)}.`);
    const restored = await openRestored(t.config);
    const applied = await restored.sql('select name from mikro_orm_migrations order by id');
    await restored.orm.close(true);
    expect(applied.map((m) => m.name)).toEqual(names);
  });
});
