import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import {
  answerSurvey,
  closeInquiry,
  createBeneficiary,
  openTransaction,
  sqlOf,
} from '../../test-support/fixtures.js';

const QUERY = `query($p: DashboardPeriod!) { dashboard(period: $p) {
  period { from to } trendPeriod { from to } trendMonths
  volumeByChannel { month channelKey count }
  committeeCompliance { month decisions onTime }
  topReferralReasons { reasonKey count }
  satisfaction { invitations responses }
  satisfactionTrend { month figures { invitations responses csat } } } }`;

interface Answer {
  period: { from: string; to: string };
  trendPeriod: { from: string; to: string };
  trendMonths: string[];
  volumeByChannel: { month: string; channelKey: string; count: number }[];
  committeeCompliance: { month: string; decisions: number; onTime: number }[];
  topReferralReasons: { reasonKey: string; count: number }[];
  satisfaction: { invitations: number; responses: number };
  satisfactionTrend: { month: string; figures: { invitations: number } }[];
}

const RIYADH = 3 * 3_600_000;
/** The Riyadh month `back` months before this one: its key and its first instant. */
function month(back: number): { key: string; start: Date; mid: string } {
  const now = new Date(Date.now() + RIYADH);
  const first = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1);
  return {
    key: new Date(first).toISOString().slice(0, 7),
    start: new Date(first - RIYADH),
    mid: new Date(first + 14 * 86_400_000).toISOString(),
  };
}

/**
 * The trends cover a year whatever the period of the figures (issue 16 item 10): with "this
 * month" chosen, volume, compliance and satisfaction come per month for the 12 months ending with
 * this one (every month a bucket), while the figures stay on the month; a longer period is
 * covered whole.
 */
describe(`the dashboard's trends (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'trend-manager');
    const staff = await server.userWithRoles(['STAFF'], 'trend-staff');
    const beneficiaryId = await createBeneficiary(staff, '107788990', 'نوف سعد القحطاني');
    const { conn, at, event } = await sqlOf(server);
    const openedAt = async (back: number) => {
      const t = await openTransaction(staff, beneficiaryId, 'PHONE', 'SUPPORT_REQUEST');
      await conn.execute('update beneficiary_transaction set opened_at = ? where id = ?', [
        at(month(back).mid),
        Number(t.id),
      ]);
      return t;
    };
    await openedAt(0);
    const fiveAgo = await openedAt(5);
    await openedAt(14); // before the year's trend
    // A decision and a referral three months ago: in the trend, not in this month's figures.
    await event(fiveAgo.id, 'APPROVED', 'COMMITTEE', month(3).mid, { late: false });
    await event(fiveAgo.id, 'REFERRED', 'COMMITTEE', month(3).mid, { reason: 'DOCUMENTS' });
    // Two survey links: one issued now, one moved to four months ago.
    for (const back of [0, 4]) {
      const inquiry = await openTransaction(staff, beneficiaryId, 'PHONE', 'INQUIRY');
      const token = await closeInquiry(staff, inquiry);
      await answerSurvey(server, token, 5, 10);
      if (back) {
        await conn.execute(
          `update survey_invitation set issued_day = ?, issued_month = ?
           where transaction_id = ?`,
          [month(back).mid.slice(0, 10), month(back).key, Number(inquiry.id)],
        );
      }
    }
  });
  afterAll(async () => server?.stop());

  const dashboard = async (from: Date, to: Date) => {
    const res = await manager.graphql<{ dashboard: Answer }>(QUERY, {
      p: { from: from.toISOString(), to: to.toISOString() },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.dashboard;
  };

  it('gives 12 monthly buckets ending with this month while the period is this month', async () => {
    const d = await dashboard(month(0).start, month(-1).start);
    const year = Array.from({ length: 12 }, (_, i) => month(11 - i).key);
    expect(d.trendMonths).toEqual(year);
    expect(d.trendPeriod).toEqual({ from: month(11).start.toISOString(), to: d.period.to });
    expect(d.satisfactionTrend.map((m) => m.month)).toEqual(year);
    expect(d.committeeCompliance.map((m) => m.month)).toEqual(year);
    // The months before this one are in the trends…
    expect(d.volumeByChannel).toEqual([
      { month: month(5).key, channelKey: 'PHONE', count: 1 },
      { month: month(0).key, channelKey: 'PHONE', count: 3 },
    ]);
    expect(d.committeeCompliance.find((m) => m.month === month(3).key)).toEqual({
      month: month(3).key,
      decisions: 1,
      onTime: 1,
    });
    const invitations = d.satisfactionTrend.map((m) => m.figures.invitations);
    expect(invitations[7]).toBe(1); // four months ago
    expect(invitations[11]).toBe(1); // this month
    expect(invitations.reduce((a, b) => a + b)).toBe(2);
    // …while the figures stay on the month.
    expect(d.satisfaction).toEqual({ invitations: 1, responses: 1 });
    expect(d.topReferralReasons).toEqual([]);
  });

  it('covers a period longer than a year whole', async () => {
    const d = await dashboard(month(17).start, month(-1).start);
    expect(d.trendPeriod.from).toBe(month(17).start.toISOString());
    expect(d.trendMonths).toHaveLength(18);
    expect(d.trendMonths[0]).toBe(month(17).key);
    expect(d.satisfactionTrend).toHaveLength(18);
    expect(d.volumeByChannel.map((v) => v.month)).toEqual([
      month(14).key,
      month(5).key,
      month(0).key,
    ]);
    expect(d.topReferralReasons).toEqual([{ reasonKey: 'DOCUMENTS', count: 1 }]);
  });

  it('ends the year with the month a past period ends in', async () => {
    const d = await dashboard(month(3).start, month(2).start);
    expect(d.trendMonths).toHaveLength(12);
    expect(d.trendMonths.at(-1)).toBe(month(3).key);
    expect(d.trendPeriod.to).toBe(month(2).start.toISOString());
    // Months 14 to 3 back: the oldest transaction is in, this month's are not.
    expect(d.volumeByChannel.map((v) => v.month)).toEqual([month(14).key, month(5).key]);
  });
});
