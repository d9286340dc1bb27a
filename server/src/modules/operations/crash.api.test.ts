/**
 * Crash safety, for real: kill -9 the server process while 20 officers write; after a restart,
 * every write the server acknowledged is there, and nothing is half done (a transaction without
 * its reference, its timeline's first event or its audit row).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine, type TestDatabase } from '../../test-support/test-app.js';
import { startServerProcess } from '../../test-support/server-process.js';
import { keepWriting, prepareDesk } from '../../test-support/writers.js';
import { openDatabase } from '../../db/orm.js';

describe(`kill -9 under 20 concurrent writers loses nothing acknowledged (${testEngine})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('every acknowledged transaction is there after a restart, each whole', async () => {
    const server = await startServerProcess(db.config);
    const desk = await prepareDesk(server.url);
    const writing = keepWriting(desk, 20, 'crash');
    const acknowledged = () => writing.outcomes.filter((o) => o.ok).length;
    const deadline = Date.now() + 60_000;
    while (acknowledged() < 150 && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    server.child.kill('SIGKILL');
    const outcomes = await writing.stop();
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });
    const ids = outcomes.flatMap((o) => (o.ok ? [Number(o.id)] : []));
    expect(ids.length).toBeGreaterThanOrEqual(150);
    // The writers were cut mid-request: some requests were lost, as they must be.
    expect(outcomes.some((o) => !o.ok)).toBe(true);

    // The restart recovers the database (SQLite's WAL, PostgreSQL's own recovery).
    const again = await startServerProcess(db.config);
    again.child.kill('SIGTERM');
    expect(await again.exited).toEqual({ code: 0, signal: null });

    const orm = await openDatabase(db.config, { seed: false });
    try {
      const sql = orm.em.getConnection();
      const rows = (await sql.execute(
        `select t.id, t.reference,
           (select count(*) from transaction_event e where e.transaction_id = t.id and e.kind = 'OPENED') as events,
           (select count(*) from audit_entry a where a.target_type = 'Transaction'
              and a.target_id = cast(t.id as text)
              and a.action = 'transaction.open') as audits
         from beneficiary_transaction t where t.subject like 'crash %'`,
      )) as {
        id: number;
        reference: string | null;
        events: number | string;
        audits: number | string;
      }[];
      const kept = new Set(rows.map((r) => Number(r.id)));
      expect(ids.filter((id) => !kept.has(id))).toEqual([]);
      const halfDone = rows.filter(
        (r) => !r.reference || Number(r.events) !== 1 || Number(r.audits) !== 1,
      );
      expect(halfDone).toEqual([]);
      if (db.config.engine === 'sqlite') {
        expect(await sql.execute('pragma integrity_check')).toEqual([{ integrity_check: 'ok' }]);
      }
    } finally {
      await orm.close(true);
    }
  }, 180_000);
});
