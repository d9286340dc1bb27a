import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ormOptions, sqlitePragmas } from '../../db/mikro-orm.config.js';
import { TestServer, testEngine } from '../../test-support/test-app.js';
import { BACKUP_NAME, pruneBackups } from './backup.service.js';
import { backupReadiness } from './backup-readiness.js';
import {
  dueSlot,
  nextBackupAt,
  runScheduledBackup,
  startBackupScheduler,
} from './backup.scheduler.js';

describe('the daily backup time, in Riyadh (UTC+3, no daylight saving)', () => {
  it('names the latest slot due and the next one', () => {
    const before = new Date('2026-12-06T23:29:00Z'); // 02:29 on the 7th in Riyadh
    expect(dueSlot('02:30', before)).toEqual({
      slot: '2026-12-06 02:30',
      at: new Date('2026-12-05T23:30:00Z'),
    });
    expect(nextBackupAt('02:30', before)).toEqual(new Date('2026-12-06T23:30:00Z'));
    const at = new Date('2026-12-06T23:30:00Z');
    expect(dueSlot('02:30', at).slot).toBe('2026-12-07 02:30');
    expect(dueSlot('23:00', new Date('2026-06-30T19:59:00Z')).slot).toBe('2026-06-29 23:00');
    expect(dueSlot('23:00', new Date('2026-06-30T20:00:00Z')).slot).toBe('2026-06-30 23:00');
  });
});

const STATUS = `{ backupStatus {
  lastRun { id trigger status startedAt finishedAt location sizeBytes error }
  lastSuccess { id status }
  schedule { enabled time timeZone keep directory nextRunAt } } }`;

interface Status {
  backupStatus: {
    lastRun: {
      trigger: string;
      status: string;
      finishedAt: string | null;
      location: string | null;
      sizeBytes: number | null;
    } | null;
    lastSuccess: { id: string; status: string } | null;
    schedule: {
      enabled: boolean;
      time: string | null;
      timeZone: string;
      keep: number;
      directory: string;
      nextRunAt: string | null;
    };
  };
}

describe(`scheduled backups (${testEngine})`, () => {
  let server: TestServer;
  let second: MikroORM;
  let scratch: string;

  beforeAll(async () => {
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-schedule-'));
    server = await TestServer.start({
      backupTime: '02:30',
      backupKeep: 3,
      backupDir: path.join(scratch, 'app'),
    });
    // A second instance on the same database.
    second = await MikroORM.init(ormOptions(server.db.config));
    if (testEngine === 'sqlite') {
      for (const p of sqlitePragmas) await second.em.getConnection().execute(p);
    }
  });
  afterAll(async () => {
    await second?.close(true);
    await server?.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('the app takes the backup due since its start by itself, and records it', async () => {
    const admin = await server.admin();
    let status: Status['backupStatus'] | undefined;
    for (let i = 0; i < 100; i++) {
      const res = await admin.graphql<Status>(STATUS);
      expect(res.errors).toBeUndefined();
      status = res.data!.backupStatus;
      if (status.lastRun?.status === 'OK') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(status!.lastRun).toMatchObject({ trigger: 'SCHEDULED', status: 'OK' });
    expect(status!.lastRun!.sizeBytes).toBeGreaterThan(0);
    expect(status!.lastRun!.location).toContain(path.join(scratch, 'app'));
    expect(status!.lastSuccess).toMatchObject({ status: 'OK' });
    expect(status!.schedule).toMatchObject({
      enabled: true,
      time: '02:30',
      timeZone: 'Asia/Riyadh',
      keep: 3,
      directory: path.join(scratch, 'app'),
    });
    expect(Date.parse(status!.schedule.nextRunAt!)).toBeGreaterThan(Date.now());
  });

  it('with two instances on one database, one of them takes a given slot', async () => {
    const settings = { ...server.db.config, backupDir: path.join(scratch, 'two'), backupKeep: 2 };
    const now = new Date('2026-01-10T00:00:00Z');
    // At the same time on PostgreSQL. On SQLite (one instance only, one writer at a time) two
    // connections in one process cannot wait for each other: one after the other.
    const [a, b] =
      testEngine === 'postgresql'
        ? await Promise.all([
            runScheduledBackup(server.app.orm, settings, now),
            runScheduledBackup(second, settings, now),
          ])
        : [
            await runScheduledBackup(server.app.orm, settings, now),
            await runScheduledBackup(second, settings, now),
          ];
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(fs.readdirSync(settings.backupDir).filter((n) => BACKUP_NAME.test(n))).toHaveLength(1);
    // The same slot again: already taken.
    expect(await runScheduledBackup(second, settings, now)).toBeNull();
    const rows = await server.app.orm.em
      .getConnection()
      .execute("select slot, status from backup_run where slot like '2026-01-%'");
    expect(rows).toEqual([{ slot: '2026-01-10 02:30', status: 'OK' }]);
  });

  it('keeps the newest MASAR_BACKUP_KEEP backups', async () => {
    const settings = { ...server.db.config, backupDir: path.join(scratch, 'two'), backupKeep: 2 };
    for (const day of ['11', '12']) {
      await new Promise((r) => setTimeout(r, 1100)); // folders are named to the second
      expect(
        await runScheduledBackup(second, settings, new Date(`2026-01-${day}T00:00:00Z`)),
      ).not.toBeNull();
    }
    expect(fs.readdirSync(settings.backupDir).filter((n) => BACKUP_NAME.test(n))).toHaveLength(2);
  });

  it('removes what a backup process that died a day ago left unfinished, not one under way', async () => {
    const dir = path.join(scratch, 'partials');
    const old = path.join(dir, '.partial-old');
    const fresh = path.join(dir, '.partial-fresh');
    fs.mkdirSync(old, { recursive: true });
    fs.mkdirSync(fresh);
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000);
    fs.utimesSync(old, twoDaysAgo, twoDaysAgo);
    expect(await pruneBackups(dir, 2)).toEqual(['.partial-old']);
    expect(fs.readdirSync(dir)).toEqual(['.partial-fresh']);
  });

  it('/readyz counts the backup: ready while it is recent, not once a day and two hours old', async () => {
    const admin = await server.admin();
    const res = await fetch(`${server.app.url}/readyz`, { headers: admin.headers });
    const body = (await res.json()) as { checks: { backup: Record<string, unknown> } };
    expect(res.status).toBe(200);
    expect(body.checks.backup).toMatchObject({ ok: true, scheduled: true, maxAgeHours: 26 });
    expect(body.checks.backup.ageHours).toBeLessThan(1);
    const later = new Date(Date.now() + 27 * 60 * 60 * 1000);
    expect(await backupReadiness(server.app.orm, { backupTime: '02:30' }, later)).toMatchObject({
      ok: false,
      detail: { ageHours: 27 },
    });
    // Without a schedule the age is reported, never held against the instance.
    expect((await backupReadiness(server.app.orm, { backupTime: undefined }, later)).ok).toBe(true);
  });

  it.runIf(testEngine === 'postgresql')(
    'a stop during a backup kills pg_dump and records the run as failed',
    async () => {
      // A pg_dump that never ends.
      const slowDump = path.join(scratch, 'slow-pg_dump');
      fs.writeFileSync(slowDump, '#!/bin/sh\nexec sleep 60\n', { mode: 0o755 });
      const settings = {
        ...server.db.config,
        backupTime: '00:00',
        backupDir: path.join(scratch, 'stopped'),
        pgDump: slowDump,
      };
      const quiet = { info: () => undefined, error: () => undefined };
      const scheduler = startBackupScheduler(second, settings, { firstCheckMs: 0, log: quiet });
      const running = async () =>
        (await server.app.orm.em
          .getConnection()
          .execute("select status, error from backup_run where slot like '% 00:00'")) as {
          status: string;
          error: string | null;
        }[];
      for (let i = 0; i < 100 && (await running()).length === 0; i++) {
        await new Promise((r) => setTimeout(r, 50));
      }
      const started = Date.now();
      await scheduler.stop();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(await running()).toEqual([
        { status: 'FAILED', error: 'The backup was stopped because the server is stopping.' },
      ]);
      expect(fs.readdirSync(settings.backupDir)).toEqual([]);
    },
  );

  it('shows the status to admins only', async () => {
    const manager = await server.userWithRoles(['MANAGER']);
    const res = await manager.graphql<Status>(STATUS);
    expect(res.data).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
