/**
 * Migrations on start, as operators meet them: a first start killed half-way (kill -9 at several
 * moments) leaves a database the next start migrates and seeds completely; on PostgreSQL, three
 * instances started at once on an empty database all come up, and the policy is loaded once.
 */
import { describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine } from '../../test-support/test-app.js';
import {
  envFor,
  freePort,
  mainJs,
  runProcess,
  startServerProcess,
} from '../../test-support/server-process.js';
import { openDatabase } from '../../db/orm.js';

/** The first start's load, once: one active policy with its 8 channels and 7 steps, one admin. */
const SEEDED_ONCE = { versions: 1, channels: 8, steps: 7, admins: 1 };

/** What the first start loads, counted: one active policy with its 8 channels and 7 steps. */
async function seedCounts(config: Parameters<typeof openDatabase>[0]) {
  const orm = await openDatabase(config, { seed: false });
  try {
    const sql = orm.em.getConnection();
    const one = async (q: string) =>
      Number(Object.values(((await sql.execute(q)) as Record<string, unknown>[])[0]!)[0]);
    return {
      versions: await one('select count(*) from policy_version'),
      channels: await one('select count(*) from channel'),
      steps: await one('select count(*) from handling_step'),
      admins: await one(`select count(*) from app_user where username = 'admin'`),
    };
  } finally {
    await orm.close(true);
  }
}

describe(`migrations on start (${testEngine})`, () => {
  it('a first start killed at any moment: the next start completes the database', async () => {
    const db = await createTestDatabase();
    try {
      for (const delay of [150, 400, 800, 1500]) {
        const port = String(await freePort());
        const running = runProcess([mainJs], envFor(db.config, { PORT: port }));
        await new Promise((r) => setTimeout(r, delay));
        running.child.kill('SIGKILL');
        await running.exited;
      }
      const server = await startServerProcess(db.config);
      server.child.kill('SIGTERM');
      expect(await server.exited).toEqual({ code: 0, signal: null });
      expect(await seedCounts(db.config)).toEqual(SEEDED_ONCE);
    } finally {
      await db.drop();
    }
  }, 180_000);

  it.runIf(testEngine === 'postgresql')(
    'three instances started at once on an empty database all come up; the policy is loaded once',
    async () => {
      const db = await createTestDatabase();
      try {
        const servers = await Promise.all([1, 2, 3].map(() => startServerProcess(db.config)));
        for (const server of servers) {
          const ready = await fetch(`${server.url}/readyz`);
          expect(ready.status).toBe(200);
        }
        for (const server of servers) server.child.kill('SIGTERM');
        for (const server of servers) expect((await server.exited).code).toBe(0);
        expect(await seedCounts(db.config)).toEqual(SEEDED_ONCE);
      } finally {
        await db.drop();
      }
    },
    180_000,
  );
});
