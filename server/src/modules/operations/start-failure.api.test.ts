/**
 * A start that cannot proceed, tried for real on a server process: one sentence naming the
 * path or database and what to do, a non-zero exit, and no stack trace.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { createTestDatabase, testEngine, type TestDatabase } from '../../test-support/test-app.js';
import {
  envFor,
  freePort,
  mainJs,
  runProcess,
  startServerProcess,
} from '../../test-support/server-process.js';
import { openDatabase } from '../../db/orm.js';

/** Starts the server and waits for it to give up; its exit code and what it said. */
async function failedStart(env: NodeJS.ProcessEnv) {
  const running = runProcess([mainJs], { ...env, PORT: env.PORT ?? String(await freePort()) });
  const timer = setTimeout(() => running.child.kill('SIGKILL'), 60_000);
  const { code } = await running.exited;
  clearTimeout(timer);
  const output = running.output();
  return { code, output, sentence: sentenceOf(output) };
}

/** The fatal line's message (the log is JSON lines). */
function sentenceOf(output: string): string {
  for (const line of output.trim().split('\n').reverse()) {
    try {
      const entry = JSON.parse(line) as { level?: string; msg?: string };
      if (entry.level === 'fatal') return entry.msg ?? '';
    } catch {
      // Not a JSON line.
    }
  }
  return output;
}

function expectOneSentence(result: { code: number | null; output: string; sentence: string }) {
  expect(result.code, result.output).toBe(1);
  expect(result.output).not.toMatch(/^\s+at /m);
  expect(result.sentence.split('\n')).toHaveLength(1);
}

/** Whether this machine lets the tests mount a small file system (root in a container may not). */
function canMount(): boolean {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-mount-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    execFileSync('umount', [dir], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
const mounting = canMount();

/** A 1 MB file system mounted for one test, unmounted after. */
function smallDisk(): { dir: string; release(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-disk-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir]);
  return {
    dir,
    release() {
      execFileSync('umount', ['-l', dir]);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe(`a start that cannot proceed says why in one sentence (${testEngine})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('a data directory that cannot be created or written', async () => {
    const file = path.join(db.config.dataDir, 'a-file');
    fs.writeFileSync(file, 'x');
    const dataDir = path.join(file, 'data');
    const result = await failedStart(envFor({ ...db.config, dataDir }));
    expectOneSentence(result);
    expect(result.sentence).toContain(`cannot write to the data directory ${dataDir}`);
    expect(result.sentence).toContain('MASAR_DATA_DIR');
  });

  it.runIf(mounting)('a full disk', async () => {
    const disk = smallDisk();
    try {
      fs.writeFileSync(path.join(disk.dir, 'filler'), Buffer.alloc(1024 * 1024));
      const result = await failedStart(envFor({ ...db.config, dataDir: disk.dir }));
      expectOneSentence(result);
      expect(result.sentence).toContain(`The disk holding the data directory ${disk.dir}`);
      expect(result.sentence).toContain('free some space');
    } finally {
      disk.release();
    }
  });

  it('a refused MASAR_ADMIN_PASSWORD on the first start: why, never the password', async () => {
    const fresh = await createTestDatabase();
    try {
      const result = await failedStart(
        envFor(fresh.config, { MASAR_ADMIN_PASSWORD: 'admin-test-password' }),
      );
      expectOneSentence(result);
      expect(result.sentence).toMatch(
        /^MASAR_ADMIN_PASSWORD was refused.*must not contain the username/,
      );
      expect(result.output).not.toContain('admin-test-password');
    } finally {
      await fresh.drop();
    }
  });

  it('a port already in use', async () => {
    const first = await startServerProcess(db.config);
    try {
      const { port } = new URL(first.url);
      const result = await failedStart(envFor(db.config, { PORT: port }));
      expectOneSentence(result);
      expect(result.sentence).toContain(`cannot listen on 127.0.0.1 port ${port} (EADDRINUSE)`);
    } finally {
      first.child.kill('SIGTERM');
      await first.exited;
    }
  });

  it.runIf(testEngine === 'sqlite' && mounting)('a read-only SQLite file', async () => {
    const disk = smallDisk();
    try {
      const file = path.join(disk.dir, 'masar.sqlite');
      new Database(file).close();
      execFileSync('mount', ['-o', 'remount,ro', disk.dir]);
      const result = await failedStart(envFor(db.config, { DATABASE_URL: `sqlite:${file}` }));
      expectOneSentence(result);
      expect(result.sentence).toMatch(new RegExp(`${file}.*read-only|read-only.*${file}`));
    } finally {
      disk.release();
    }
  });

  it.runIf(testEngine === 'postgresql')(
    'an unreachable PostgreSQL, its password kept out',
    async () => {
      const port = await freePort();
      const url = `postgresql://masar:s3cret-pass@127.0.0.1:${port}/masar`;
      const result = await failedStart(envFor(db.config, { DATABASE_URL: url }));
      expectOneSentence(result);
      expect(result.sentence).toContain(
        `cannot reach the PostgreSQL database postgresql://masar:***@127.0.0.1:${port}/masar`,
      );
      expect(result.output).not.toContain('s3cret-pass');
    },
  );

  it.runIf(testEngine === 'postgresql')('a read-only PostgreSQL database', async () => {
    const fresh = await createTestDatabase();
    try {
      const orm = await openDatabase(fresh.config, { seed: false });
      const name = new URL(fresh.config.databaseUrl).pathname.slice(1);
      await orm.em
        .getConnection()
        .execute(`alter database ${name} set default_transaction_read_only = on`);
      await orm.close(true);
      const result = await failedStart(envFor(fresh.config));
      expectOneSentence(result);
      expect(result.sentence).toMatch(/read-only/);
    } finally {
      await fresh.drop();
    }
  });

  it('a migration that fails: named, and nothing of it kept', async () => {
    const fresh = await createTestDatabase();
    try {
      // A table in the way of the first migration.
      if (fresh.config.engine === 'sqlite') {
        fs.mkdirSync(fresh.config.dataDir, { recursive: true });
        const sqlite = new Database(fresh.config.databaseUrl);
        sqlite.exec('create table policy_version (x int)');
        sqlite.close();
      } else {
        const { MikroORM } = await import('@mikro-orm/core');
        const { ormOptions } = await import('../../db/mikro-orm.config.js');
        const orm = await MikroORM.init(ormOptions(fresh.config));
        await orm.em.getConnection().execute('create table policy_version (x int)');
        await orm.close(true);
      }
      const result = await failedStart(envFor(fresh.config));
      expectOneSentence(result);
      expect(result.sentence).toMatch(
        /^Migrating the (SQLite file|PostgreSQL database) .* failed at Migration\w+/,
      );
      expect(result.sentence).toContain('nothing of that migration was kept');
    } finally {
      await fresh.drop();
    }
  });
});
