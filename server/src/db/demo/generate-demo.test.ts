import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, TEST_USER_PASSWORD, testEngine } from '../../test-support/test-app.js';
import { nationalIdProblem } from '../../modules/beneficiaries/saudi-identity.js';
import { DEMO_PASSWORD, generateDemo } from './generate-demo.js';
import { msBetween } from '../../modules/common/sql-dates.js';

const NOW = new Date('2026-11-20T09:00:00Z');
const toDb = (d: Date) => (testEngine === 'sqlite' ? d.getTime() : d);

/** A digest of the rows of the tables demo data fills, in id order. */
async function digest(server: TestServer): Promise<string> {
  const conn = server.app.orm.em.getConnection();
  const hash = createHash('sha256');
  for (const table of [
    'beneficiary',
    'beneficiary_transaction',
    'transaction_event',
    'survey_invitation',
    'survey_response',
    'improvement_action',
    'feedback_item',
  ]) {
    const rows = await conn.execute(`select * from ${table} order by id`);
    for (const row of rows)
      hash.update(
        JSON.stringify(Object.values(row), (_, v) => (v instanceof Date ? v.getTime() : v)),
      );
  }
  return hash.digest('hex');
}

describe(`demo data (${testEngine})`, () => {
  let a: TestServer;
  let b: TestServer;
  const progress: number[] = [];

  beforeAll(async () => {
    [a, b] = await Promise.all([TestServer.start(), TestServer.start()]);
    for (const server of [a, b]) {
      const config = server.db.config;
      await generateDemo(server.app.orm, {
        engine: config.engine,
        sqliteFile: config.engine === 'sqlite' ? config.databaseUrl : undefined,
        dataDir: server.app.config.dataDir,
        transactions: 4000,
        seed: 42,
        now: NOW,
        onProgress: (done) => progress.push(done),
      });
    }
  });
  afterAll(async () => Promise.all([a?.stop(), b?.stop()]));

  it('is the same for the same seed, and reports its progress', async () => {
    expect(await digest(a)).toBe(await digest(b));
    expect(progress.at(-1)).toBe(4000);
    expect(progress.length).toBeGreaterThan(10);
  });

  it('refuses a database that already has transactions', async () => {
    await expect(
      generateDemo(a.app.orm, { engine: a.db.config.engine, transactions: 10, now: NOW }),
    ).rejects.toThrow(/already has transactions/);
  });

  it('is realistic: valid identities, every step and status, late committee decisions, answers', async () => {
    const conn = a.app.orm.em.getConnection();
    const people = (await conn.execute('select national_id, mobile from beneficiary')) as {
      national_id: string;
      mobile: string;
    }[];
    expect(people.length).toBe(1600);
    expect(people.filter((p) => nationalIdProblem(p.national_id) !== null)).toEqual([]);
    expect(people.every((p) => /^\+9665\d{8}$/.test(p.mobile))).toBe(true);
    const byStep = (await conn.execute(
      `select s.key, t.status, count(*) as n from beneficiary_transaction t
       join handling_step s on s.id = t.current_step_id group by s.key, t.status`,
    )) as { key: string; status: string; n: number }[];
    const open = new Set(byStep.filter((r) => r.status !== 'CLOSED').map((r) => r.key));
    expect([...open].sort()).toEqual(
      [
        'ATTESTATION',
        'COMMITTEE',
        'DELIVERY',
        'RECEPTION',
        'REFERRAL',
        'REGISTRATION',
        'VERIFICATION',
      ].sort(),
    );
    const statuses = new Set(byStep.map((r) => r.status));
    expect([...statuses].sort()).toEqual([
      'AWAITING_COMMITTEE',
      'CLOSED',
      'DEFERRED',
      'OPEN',
      'REFERRED',
    ]);
    const [late] = await conn.execute<{ n: number }[]>(
      `select count(*) as n from transaction_event where kind in ('APPROVED', 'REJECTED') and data like '%"late":true%'`,
    );
    expect(Number(late!.n)).toBeGreaterThan(10);
    const [spread] = await conn.execute<{ first: unknown; last: unknown }[]>(
      'select min(opened_at) as first, max(opened_at) as last from beneficiary_transaction',
    );
    const days =
      (new Date(spread!.last as string).getTime() - new Date(spread!.first as string).getTime()) /
      86_400_000;
    expect(days).toBeGreaterThan(500);
    // Nothing happens after `now`, and every referral gives one of the seeded reasons.
    const [future] = await conn.execute<{ n: number }[]>(
      `select (select count(*) from beneficiary_transaction where opened_at > ?)
            + (select count(*) from transaction_event where at > ?) as n`,
      [toDb(NOW), toDb(NOW)],
    );
    expect(Number(future!.n)).toBe(0);
    const reasons: { reason: string }[] = await conn.execute(
      `select distinct ${a.db.config.engine === 'sqlite' ? "json_extract(data, '$.reason')" : "(data::json ->> 'reason')"} as reason
       from transaction_event where kind = 'REFERRED'`,
    );
    const seededRows: { key: string }[] = await conn.execute('select key from referral_reason');
    const seeded = seededRows.map((r) => r.key);
    expect(reasons.length).toBeGreaterThan(3);
    // Each event's stored gap is the time since its transaction's previous event.
    const lag = msBetween(
      a.db.config.engine,
      'at',
      'lag(at) over (partition by transaction_id order by id)',
    );
    const [gaps] = await conn.execute<{ n: number; wrong: number }[]>(
      `select count(*) as n, sum(case when (gap_seconds is null) <> (ms is null)
         or abs(gap_seconds * 1000.0 - ms) > 1000 then 1 else 0 end) as wrong
       from (select gap_seconds, ${lag} as ms from transaction_event) g`,
    );
    expect(Number(gaps!.n)).toBeGreaterThan(10_000);
    expect(Number(gaps!.wrong)).toBe(0);
    expect(reasons.filter((r) => !seeded.includes(r.reason))).toEqual([]);
  });

  it('reads back through the API: demo users sign in, figures and lists work', async () => {
    const manager = await a.signIn('manager1', DEMO_PASSWORD);
    const report = await manager.graphql<{
      satisfactionReport: { total: { responses: number; csat: number } };
    }>('{ satisfactionReport { total { responses csat } } }');
    expect(report.data!.satisfactionReport.total.responses).toBeGreaterThan(100);
    expect(report.data!.satisfactionReport.total.csat).toBeGreaterThan(40);
    const overdue = await manager.graphql<{ transactions: { totalCount: number } }>(
      '{ transactions(filter: { status: [AWAITING_COMMITTEE] }, sort: { field: COMMITTEE_DUE_AT, direction: ASC }) { totalCount } }',
    );
    expect(overdue.data!.transactions.totalCount).toBeGreaterThan(0);
    // Every demo beneficiary has documents on file, and their sample file downloads.
    const staff = await a.signIn('staff1', DEMO_PASSWORD);
    const file = await staff.graphql<{
      beneficiaries: {
        edges: { node: { documents: { type: { key: string }; downloadUrl: string }[] } }[];
      };
    }>('{ beneficiaries(first: 5) { edges { node { documents { type { key } downloadUrl } } } } }');
    const documents = file.data!.beneficiaries.edges.flatMap((e) => e.node.documents);
    expect(documents.filter((d) => d.type.key === 'NATIONAL_ID_COPY')).toHaveLength(5);
    const pdf = await fetch(`${a.app.url}${documents[0]!.downloadUrl}`, { headers: staff.headers });
    expect(pdf.status).toBe(200);
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(TEST_USER_PASSWORD).not.toBe(DEMO_PASSWORD);
  });
});
