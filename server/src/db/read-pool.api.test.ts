import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine } from '../test-support/test-app.js';
import { ProtectionError } from '../modules/protection/errors.js';
import { withReadDeadline } from '../modules/protection/timeout.js';
import { readPoolOf, type ReadPool } from './read-pool.js';

/** A statement that keeps the database busy for seconds with no data at all. */
const HEAVY =
  testEngine === 'sqlite'
    ? 'with recursive c(x) as (select 1 union all select x + 1 from c where x < 100000000) select count(*) as n from c'
    : 'select count(*) as n from generate_series(1, 1000000000) as x';
/** What identifies that statement among the server's running statements (PostgreSQL). */
const HEAVY_MARK = 'generate_series(1, 1000000000)';

/** The latency of the cheapest request, over real HTTP. */
async function probe(server: TestServer): Promise<number> {
  const started = performance.now();
  const body = await server.graphql<{ __typename: string }>('{ __typename }');
  expect(body.data?.__typename).toBe('Query');
  return performance.now() - started;
}

async function running(server: TestServer, mark: string): Promise<number> {
  const rows = (await server.app.orm.em
    .getConnection()
    .execute(
      `select count(*) as n from pg_stat_activity where state = 'active' and query like ? and pid <> pg_backend_pid()`,
      [`%${mark}%`],
    )) as { n: string | number }[];
  return Number(rows[0]!.n);
}

describe(`the read pool (${testEngine})`, () => {
  let server: TestServer;
  let pool: ReadPool;

  beforeAll(async () => {
    server = await TestServer.start({ readWorkers: 1 });
    pool = readPoolOf(server.app.orm.em)!;
  });

  afterAll(async () => {
    await server?.stop();
  });

  it('runs a heavy read off the request thread: a cheap request answers meanwhile', async () => {
    const heavy = withReadDeadline(2500, () => pool.all(HEAVY));
    const settled = heavy.then(
      () => 'done',
      (e: unknown) => e,
    );
    await new Promise((r) => setTimeout(r, 200));
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      latencies.push(await probe(server));
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(Math.max(...latencies)).toBeLessThan(200);
    const outcome = await settled;
    expect(outcome).toBeInstanceOf(ProtectionError);
    expect((outcome as ProtectionError).extensions.code).toBe('TIMEOUT');
  });

  it('stops the statement itself at the deadline, and the next read answers at once', async () => {
    const started = performance.now();
    const error = await withReadDeadline(300, () => pool.all(HEAVY)).catch((e: unknown) => e);
    const took = performance.now() - started;
    expect(error).toBeInstanceOf(ProtectionError);
    expect((error as ProtectionError).extensions.code).toBe('TIMEOUT');
    expect(took).toBeLessThan(1300);
    if (testEngine === 'postgresql') expect(await running(server, HEAVY_MARK)).toBe(0);
    const next = performance.now();
    expect(await pool.all<{ n: number }>('select 1 + ? as n', [1])).toEqual([{ n: 2 }]);
    expect(performance.now() - next).toBeLessThan(500);
  });
});
