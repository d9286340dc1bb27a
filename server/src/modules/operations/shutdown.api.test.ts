/**
 * Stopping the server as an operator does, on a real process: SIGTERM lets every request that
 * arrived finish and exits 0; a second signal exits at once; a request stuck past the grace
 * period is cut and the exit code says so. (`pnpm start`'s wrapper: tests/api/operations.api.test.ts.)
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testEngine, type TestDatabase } from '../../test-support/test-app.js';
import { startServerProcess } from '../../test-support/server-process.js';
import { openOne, prepareDesk } from '../../test-support/writers.js';
import { openDatabase } from '../../db/orm.js';

/** A request whose body never comes: in flight until the server gives up on it. */
async function stuckRequest(url: string): Promise<net.Socket> {
  const { port } = new URL(url);
  const socket = net.connect(Number(port), '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.on('error', () => {});
  socket.write(
    'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
  );
  // Let the server read the head.
  await new Promise((r) => setTimeout(r, 200));
  return socket;
}

const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([
    promise,
    new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms)),
  ]);

describe(`graceful shutdown of a server process (${testEngine})`, () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await db.drop();
  });

  it('SIGTERM: every request that arrived is answered and kept, then exit 0', async () => {
    const server = await startServerProcess(db.config);
    const desk = await prepareDesk(server.url);
    const sent = Array.from({ length: 23 }, (_, i) => openOne(desk, `shutdown ${i}`));
    await new Promise((r) => setTimeout(r, 30));
    server.child.kill('SIGTERM');
    const outcomes = await Promise.all(sent);
    expect(
      outcomes.filter((o) => !o.ok),
      server.output(),
    ).toEqual([]);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    // Stopped: nothing listens any more.
    const late = await openOne(desk, 'after the end');
    expect(late).toEqual({ ok: false, reason: 'ECONNREFUSED' });

    const orm = await openDatabase(db.config, { seed: false });
    try {
      const rows = (await orm.em
        .getConnection()
        .execute(`select id from beneficiary_transaction where subject like 'shutdown %'`)) as {
        id: number;
      }[];
      const kept = rows.map((r) => String(r.id)).sort();
      expect(kept).toEqual(outcomes.map((o) => (o.ok ? o.id : '')).sort());
    } finally {
      await orm.close(true);
    }
  });

  it('a request stuck past the grace period is cut: exit 1 after the grace period', async () => {
    const server = await startServerProcess(db.config, { MASAR_SHUTDOWN_GRACE_SECONDS: '2' });
    const socket = await stuckRequest(server.url);
    const started = Date.now();
    server.child.kill('SIGTERM');
    expect(await within(1_000, server.exited)).toBe('timeout');
    expect(await server.exited).toEqual({ code: 1, signal: null });
    const waited = Date.now() - started;
    expect(waited).toBeGreaterThanOrEqual(1_900);
    expect(waited).toBeLessThan(8_000);
    expect(server.output()).toMatch(/grace period/i);
    socket.destroy();
  });

  it('a second signal exits at once', async () => {
    const server = await startServerProcess(db.config);
    const socket = await stuckRequest(server.url);
    server.child.kill('SIGTERM');
    expect(await within(1_000, server.exited)).toBe('timeout');
    server.child.kill('SIGINT');
    const exit = await within(2_000, server.exited);
    expect(exit).toEqual({ code: 130, signal: null });
    socket.destroy();
  });
});
