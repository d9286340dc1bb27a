import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import {
  answerSurvey,
  closeInquiry,
  createBeneficiary,
  openTransaction,
  sqlOf,
} from '../../test-support/fixtures.js';
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
    const beneficiaryId = await createBeneficiary(staff, '108899001', 'ريم خالد العتيبي');
    const open = (channelKey: string, type: 'INQUIRY' | 'SUPPORT_REQUEST' = 'SUPPORT_REQUEST') =>
      openTransaction(staff, beneficiaryId, channelKey, type);
    const { conn, at: ts, event } = await sqlOf(server);
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
      if (decision) await event(id, decision[0], 'COMMITTEE', openedAt, { late: decision[1] });
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
      const token = await closeInquiry(staff, t);
      if (answer) {
        await answerSurvey(server, token, 5, 10);
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

  it('orders handling-time groups by length, not by name', async () => {
    const { conn } = await sqlOf(server);
    const ids = (await conn.execute('select id from survey_invitation order by id')) as {
      id: number;
    }[];
    await conn.execute("update survey_invitation set handling_bucket = 'D15_30' where id = ?", [
      ids[0]!.id,
    ]);
    await conn.execute("update survey_invitation set handling_bucket = 'D2_7' where id = ?", [
      ids[1]!.id,
    ]);
    const stats = await analyst.graphql<{ satisfactionStats: { key: { handlingTime: string } }[] }>(
      '{ satisfactionStats(groupBy: [HANDLING_TIME]) { key { handlingTime } } }',
    );
    expect(stats.data!.satisfactionStats.map((g) => g.key.handlingTime)).toEqual([
      'D2_7',
      'D15_30',
    ]);
    const report = await analyst.graphql<{ satisfactionReport: { groups: { key: string }[] } }>(
      '{ satisfactionReport(groupBy: HANDLING_TIME) { groups { key } } }',
    );
    expect(report.data!.satisfactionReport.groups.map((g) => g.key)).toEqual(['D2_7', 'D15_30']);
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
