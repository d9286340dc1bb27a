import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, TEST_USER_PASSWORD, testEngine } from '../../test-support/test-app.js';
import { nationalIdProblem } from '../../modules/beneficiaries/saudi-identity.js';
import { DEMO_PASSWORD, generateDemo } from './generate-demo.js';
import { msBetween } from '../../modules/common/sql-dates.js';
import { validUntilOf } from '../../modules/support/support.service.js';

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
    'beneficiary_document',
    'support_award',
    'support_delivery',
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

  it('fills the support module: awards where the transactions are, deliveries that add up', async () => {
    const conn = a.app.orm.em.getConnection();
    const today = new Date(NOW.getTime() + 3 * 3_600_000).toISOString().slice(0, 10);
    const q = async (sql: string, params: unknown[] = []) =>
      Number((await conn.execute<{ n: number }[]>(sql, params))[0]!.n);
    // Every approved support request has its award, at the stage its transaction is at.
    const byStage = (await conn.execute(
      `select w.stage, s.key as step, t.status, t.outcome, count(*) as n
       from support_award w join beneficiary_transaction t on t.id = w.transaction_id
       join handling_step s on s.id = t.current_step_id
       group by w.stage, s.key, t.status, t.outcome`,
    )) as { stage: string; step: string; status: string; outcome: string | null; n: number }[];
    const where = (stage: string) =>
      new Set(byStage.filter((r) => r.stage === stage).map((r) => `${r.step} ${r.status}`));
    expect([...where('PROPOSED')].sort()).toEqual([
      'COMMITTEE AWAITING_COMMITTEE',
      'COMMITTEE DEFERRED',
    ]);
    expect([...where('APPROVED')]).toEqual(['REGISTRATION OPEN']);
    expect([...where('REGISTERED')].sort()).toEqual(['DELIVERY CLOSED', 'DELIVERY OPEN']);
    expect(
      byStage
        .filter((r) => r.stage === 'REGISTERED' && r.status === 'CLOSED')
        .map((r) => r.outcome),
    ).toEqual(['WITHDRAWN']);
    expect([...where('DELIVERED')]).toEqual(['DELIVERY CLOSED']);
    expect(byStage.filter((r) => r.stage === 'DELIVERED').map((r) => r.outcome)).toEqual([
      'COMPLETED',
    ]);
    expect(
      await q(`select count(*) as n from transaction_event e
       where e.kind = 'APPROVED' and not exists (select 1 from support_award w where w.transaction_id = e.transaction_id)`),
    ).toBe(0);
    expect(
      await q(
        `select count(*) as n from support_award w join transaction_event e on e.transaction_id = w.transaction_id where e.kind = 'REJECTED'`,
      ),
    ).toBe(0);
    expect(
      await q(`select count(*) as n from support_award where stage = 'DELIVERED'`),
    ).toBeGreaterThan(50);
    const types = (await conn.execute(
      'select distinct t.key from support_award w join support_type t on t.id = w.support_type_id',
    )) as { key: string }[];
    expect(types.map((t) => t.key).sort()).toEqual(
      ['BILLS', 'CASH', 'DEVICES', 'FOOD_BASKET', 'RENT', 'TRAINING'].sort(),
    );
    // Quantities: the total is the quantity times the deliveries its frequency makes.
    const awards = (await conn.execute(
      `select w.id, w.quantity, w.frequency, w.validity_months as months, w.total_quantity as total,
         w.delivered_quantity as delivered, w.stage, w.valid_from as "from", w.valid_until as "until",
         w.approved_at as approved, w.registered_at as registered, w.delivered_at as "deliveredAt",
         (select coalesce(sum(d.quantity), 0) from support_delivery d where d.award_id = w.id) as summed
       from support_award w`,
    )) as Record<string, string | number | null>[];
    const wrong = awards.filter((w) => {
      const times = w.frequency === 'MONTHLY' ? Number(w.months) : 1;
      const dated = { PROPOSED: 0, APPROVED: 1, REGISTERED: 2, DELIVERED: 3 }[String(w.stage)]!;
      return (
        Number(w.total) !== Number(w.quantity) * times ||
        Number(w.summed) !== Number(w.delivered) ||
        Number(w.delivered) > Number(w.total) ||
        (w.stage === 'DELIVERED') !== (Number(w.delivered) === Number(w.total)) ||
        (w.approved !== null) !== dated >= 1 ||
        (w.registered !== null) !== dated >= 2 ||
        (w.from !== null) !== dated >= 2 ||
        (w.deliveredAt !== null) !== dated >= 3 ||
        (dated >= 2 && validUntilOf(String(w.from), Number(w.months)) !== w.until) ||
        Number(w.months) < 3 ||
        Number(w.months) > 12
      );
    });
    expect(wrong).toEqual([]);
    // Deliveries: within the registration, not after today, handed over by an officer, the
    // receipt on the same beneficiary's file, of the receipt type (a PNG for a signature).
    const [deliveries] = await conn.execute<{ n: number; wrong: number }[]>(
      `select count(*) as n, sum(case when d.delivered_on < w.valid_from or d.delivered_on > w.valid_until
           or d.delivered_on > ? or d.beneficiary_id <> w.beneficiary_id or d.support_type_id <> w.support_type_id
           or r.beneficiary_id <> d.beneficiary_id or y.key <> 'DELIVERY_RECEIPT'
           or (d.acknowledgement = 'SIGNATURE') <> (r.content_type = 'image/png')
           or d.handed_over_by_id not in (select id from app_user where roles_text like '%STAFF%')
         then 1 else 0 end) as wrong
       from support_delivery d join support_award w on w.id = d.award_id
       join beneficiary_document r on r.id = d.receipt_id join document_type y on y.id = r.type_id`,
      [today],
    );
    expect(Number(deliveries!.n)).toBeGreaterThan(200);
    expect(Number(deliveries!.wrong)).toBe(0);
    // One DELIVERY_RECORDED event per delivery, the last one just before the closing DELIVERED.
    const events = (await conn.execute(
      `select e.transaction_id as t, e.kind, e.data from transaction_event e
       where e.transaction_id in (select transaction_id from support_award where delivered_quantity > 0)
       order by e.transaction_id, e.id`,
    )) as { t: number; kind: string; data: string | object | null }[];
    const recorded = events.filter((e) => e.kind === 'DELIVERY_RECORDED');
    expect(recorded.length).toBe(Number(deliveries!.n));
    const shape = recorded.map((e) =>
      Object.keys(typeof e.data === 'string' ? JSON.parse(e.data) : e.data!)
        .sort()
        .join(),
    );
    expect(new Set(shape)).toEqual(
      new Set(['acknowledgement,delivered,deliveredOn,quantity,supportType,total']),
    );
    const closings = events.flatMap((e, i) =>
      e.kind === 'DELIVERED' ? [events[i - 1]!.kind] : [],
    );
    expect(closings.length).toBe(
      await q(`select count(*) as n from support_award where stage = 'DELIVERED'`),
    );
    expect(new Set(closings)).toEqual(new Set(['DELIVERY_RECORDED']));
    // The renewal list is not empty, and the committee is warned on some requests awaiting it.
    const soon = new Date(NOW.getTime() + 33 * 86_400_000).toISOString().slice(0, 10);
    expect(
      await q(
        `select count(*) as n from support_award where stage = 'REGISTERED' and valid_until >= ? and valid_until <= ?`,
        [today, soon],
      ),
    ).toBeGreaterThan(5);
    const recent =
      a.db.config.engine === 'sqlite'
        ? "date(?, '-' || y.recent_window_days || ' days')"
        : "to_char(?::date - y.recent_window_days, 'YYYY-MM-DD')";
    expect(
      await q(
        `select count(*) as n from beneficiary_transaction t where t.status in ('AWAITING_COMMITTEE', 'DEFERRED')
         and exists (select 1 from support_delivery d join support_type y on y.id = d.support_type_id
           where d.beneficiary_id = t.beneficiary_id and d.delivered_on >= ${recent})`,
        [today],
      ),
    ).toBeGreaterThan(3);
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
    }>(
      '{ beneficiaries(first: 40) { edges { node { documents { type { key } downloadUrl } } } } }',
    );
    const documents = file.data!.beneficiaries.edges.flatMap((e) => e.node.documents);
    expect(documents.filter((d) => d.type.key === 'NATIONAL_ID_COPY')).toHaveLength(40);
    const download = async (key: string) => {
      const d = documents.find((x) => x.type.key === key)!;
      const res = await fetch(`${a.app.url}${d.downloadUrl}`, { headers: staff.headers });
      expect(res.status).toBe(200);
      return Buffer.from(await res.arrayBuffer());
    };
    expect((await download('NATIONAL_ID_COPY')).subarray(0, 5).toString()).toBe('%PDF-');
    // So do the delivery receipts (a scanned receipt's PDF, or a signature's PNG).
    const receipt = await download('DELIVERY_RECEIPT');
    expect(['%PDF-', '\x89PNG\r']).toContain(receipt.subarray(0, 5).toString('latin1'));
    expect(TEST_USER_PASSWORD).not.toBe(DEMO_PASSWORD);
  });
});
