import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';
import { hijriOf } from '../common/hijri.js';
import { periodKeys } from '../common/periods.js';

const TRANSACTION_STATS = `query($f: TransactionStatsFilter, $by: [TransactionStatsDimension!]) {
  transactionStats(filter: $f, groupBy: $by) {
    key { channel month hijriMonth type }
    measures { count open closed medianDaysToClose p90DaysToClose committeeDecisions committeeOnTime committeeCompliance }
  } }`;

/** A hand-made set with known answers: five transactions with set dates, closings and decisions. */
describe(`statistics for analysts (${testEngine})`, () => {
  let server: TestServer;
  let analyst: GraphQLClient;
  let staff: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    analyst = await server.userWithRoles(['ANALYST'], 'stats-analyst');
    staff = await server.userWithRoles(['STAFF'], 'stats-staff');
    const b = await staff.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
      {
        i: {
          fullName: 'ريم خالد العتيبي',
          nationalId: withCheckDigit('108899001'),
          mobile: '0566665555',
          city: 'جدة',
          gender: 'FEMALE',
        },
      },
    );
    const beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;
    const open = async (channelKey: string, type = 'SUPPORT_REQUEST') => {
      const r = await staff.graphql<{
        transactionOpen: { transaction: { id: string; version: number } };
      }>(
        'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }',
        { i: { beneficiaryId, channelKey, type, subject: 'طلب للإحصاء' } },
      );
      return r.data!.transactionOpen.transaction;
    };
    const conn = server.app.orm.em.getConnection();
    const sqlite = server.db.config.engine === 'sqlite';
    const ts = (iso: string | null) =>
      iso == null ? null : sqlite ? Date.parse(iso) : new Date(iso);
    const [committee] = await conn.execute("select id from handling_step where key = 'COMMITTEE'");
    const set = async (
      id: string,
      openedAt: string,
      closedAt: string | null,
      decision?: [string, boolean],
    ) => {
      await conn.execute(
        'update beneficiary_transaction set opened_at = ?, closed_at = ?, status = ? where id = ?',
        [ts(openedAt), ts(closedAt), closedAt ? 'CLOSED' : 'OPEN', Number(id)],
      );
      if (decision) {
        await conn.execute(
          'insert into transaction_event (transaction_id, kind, step_id, actor_id, actor_name, at, note, data) values (?, ?, ?, null, ?, ?, null, ?)',
          [
            Number(id),
            decision[0],
            committee.id,
            'x',
            ts(openedAt),
            JSON.stringify({ late: decision[1] }),
          ],
        );
      }
    };
    await set((await open('PHONE')).id, '2026-01-10T09:00:00Z', '2026-01-12T09:00:00Z', [
      'APPROVED',
      false,
    ]);
    await set((await open('PHONE')).id, '2026-01-20T09:00:00Z', '2026-01-30T09:00:00Z', [
      'REJECTED',
      true,
    ]);
    await set((await open('PHONE', 'INQUIRY')).id, '2026-02-01T09:00:00Z', '2026-02-02T09:00:00Z');
    // 22:30 UTC on 31 January is 1 February in Riyadh.
    await set((await open('IN_PERSON')).id, '2026-01-31T22:30:00Z', null);
    await set((await open('WEBSITE')).id, '2025-12-01T09:00:00Z', null); // before the period

    // Two inquiries closed now (a survey link each), one answered 5 / 10.
    for (const [channel, answer] of [
      ['PHONE', true],
      ['WEBSITE', false],
    ] as const) {
      const t = await open(channel, 'INQUIRY');
      const closed = await staff.graphql<{
        transactionCloseInquiry: { surveyInvitation: { token: string } };
      }>(
        'mutation($i: TransactionTargetInput!) { transactionCloseInquiry(input: $i) { surveyInvitation { token } } }',
        { i: { id: t.id, expectedVersion: t.version } },
      );
      if (answer) {
        await server.graphql(
          'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded } }',
          {
            i: {
              token: closed.data!.transactionCloseInquiry.surveyInvitation.token,
              answers: { overall: 5, courtesy: 5, clarity: 4, speed: 4, recommend: 10 },
            },
          },
        );
      }
    }
  });
  afterAll(async () => server?.stop());

  const period = { from: '2026-01-01', to: '2026-02-28' };
  const none = { type: null, hijriMonth: null };

  it('counts, times and checks the committee per channel and month, as counted by hand', async () => {
    const res = await analyst.graphql<{ transactionStats: unknown[] }>(TRANSACTION_STATS, {
      f: period,
      by: ['CHANNEL', 'MONTH'],
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.transactionStats).toEqual([
      {
        key: { channel: 'IN_PERSON', month: '2026-02', ...none },
        measures: {
          count: 1,
          open: 1,
          closed: 0,
          medianDaysToClose: null,
          p90DaysToClose: null,
          committeeDecisions: 0,
          committeeOnTime: 0,
          committeeCompliance: null,
        },
      },
      {
        key: { channel: 'PHONE', month: '2026-01', ...none },
        measures: {
          count: 2,
          open: 0,
          closed: 2,
          medianDaysToClose: 2,
          p90DaysToClose: 10,
          committeeDecisions: 2,
          committeeOnTime: 1,
          committeeCompliance: 50,
        },
      },
      {
        key: { channel: 'PHONE', month: '2026-02', ...none },
        measures: {
          count: 1,
          open: 0,
          closed: 1,
          medianDaysToClose: 1,
          p90DaysToClose: 1,
          committeeDecisions: 0,
          committeeOnTime: 0,
          committeeCompliance: null,
        },
      },
    ]);
  });

  it('groups by Umm al-Qura month and by type, and gives one total without dimensions', async () => {
    const hijri = await analyst.graphql<{
      transactionStats: { key: { hijriMonth: string }; measures: { count: number } }[];
    }>(TRANSACTION_STATS, { f: period, by: ['HIJRI_MONTH'] });
    const expected = new Map<string, number>();
    for (const day of ['2026-01-10', '2026-01-20', '2026-02-01', '2026-02-01']) {
      const m = hijriOf(day)!.slice(0, 7);
      expected.set(m, (expected.get(m) ?? 0) + 1);
    }
    expect(hijri.data!.transactionStats.map((g) => [g.key.hijriMonth, g.measures.count])).toEqual([
      ...expected.entries(),
    ]);

    const total = await analyst.graphql<{ transactionStats: { measures: { count: number } }[] }>(
      TRANSACTION_STATS,
      { f: { ...period, type: 'SUPPORT_REQUEST' } },
    );
    expect(total.data!.transactionStats.map((g) => g.measures.count)).toEqual([3]);
  });

  it('answers CSAT by channel by Hijri month with an analyst API token', async () => {
    const token = await analyst.graphql<{ apiTokenCreate: { token: string } }>(
      'mutation { apiTokenCreate(input: { name: "stats script" }) { token } }',
    );
    const script = server.client({ authorization: `Bearer ${token.data!.apiTokenCreate.token}` });
    const res = await script.graphql<{ satisfactionStats: unknown[] }>(
      `{ satisfactionStats(groupBy: [CHANNEL, HIJRI_MONTH]) {
          key { channel hijriMonth } figures { invitations responses responseRate csat nps } } }`,
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    const month = periodKeys(new Date()).hijriMonth;
    expect(res.data!.satisfactionStats).toEqual([
      {
        key: { channel: 'PHONE', hijriMonth: month },
        figures: { invitations: 1, responses: 1, responseRate: 100, csat: 100, nps: 100 },
      },
      {
        key: { channel: 'WEBSITE', hijriMonth: month },
        figures: { invitations: 1, responses: 0, responseRate: 0, csat: null, nps: null },
      },
    ]);
  });

  it('refuses bad groupings and keeps per-officer figures for managers', async () => {
    const tooMany = await analyst.graphql(TRANSACTION_STATS, {
      by: ['CHANNEL', 'MONTH', 'TYPE', 'STATUS'],
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const twice = await analyst.graphql(TRANSACTION_STATS, { by: ['CHANNEL', 'CHANNEL'] });
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const backwards = await analyst.graphql(TRANSACTION_STATS, {
      f: { from: '2026-02-01', to: '2026-01-01' },
    });
    expect(backwards.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const officer = await analyst.graphql(
      '{ satisfactionStats(groupBy: [OFFICER]) { key { officer } } }',
    );
    expect(officer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stranger = await staff.graphql(TRANSACTION_STATS, {});
    expect(stranger.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
