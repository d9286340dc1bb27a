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
  workload { open awaitingCommittee committeeOverdue deferred referred }
  funnel { stepKey position count }
  volumeByChannel { month channelKey count }
  committeeCompliance { month decisions onTime }
  topReferralReasons { reasonKey count }
  followUp { openFeedback openImprovementActions libraryDocumentsPastReview }
  previousPeriod { from to } } }`;

/** March to December 2025: the trend months before a January–February 2026 period. */
const months2025 = Array.from({ length: 10 }, (_, i) => `2025-${String(i + 3).padStart(2, '0')}`);

const SATISFACTION = `query($p: DashboardPeriod!) { dashboard(period: $p) {
  satisfaction { invitations responses responseRate csat nps }
  satisfactionPrevious { invitations responses responseRate csat nps }
  satisfactionTrend { month figures { invitations responses csat } } } }`;

/**
 * A hand-made data set with known answers: five transactions put in known states and dates, a
 * few timeline events, one complaint and one low rating.
 */
describe(`the manager's dashboard (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'dash-manager');
    const staff = await server.userWithRoles(['STAFF'], 'dash-staff');
    const beneficiaryId = await createBeneficiary(staff, '105566778', 'هيا ناصر السبيعي');
    const open = (channelKey: string, type: 'INQUIRY' | 'SUPPORT_REQUEST' = 'SUPPORT_REQUEST') =>
      openTransaction(staff, beneficiaryId, channelKey, type);
    const { conn, steps, at: ts, event: addEvent } = await sqlOf(server);
    const set = (
      id: string,
      status: string,
      step: string,
      openedAt: string,
      dueAt: string | null = null,
    ) =>
      conn.execute(
        'update beneficiary_transaction set status = ?, current_step_id = ?, opened_at = ?, committee_due_at = ? where id = ?',
        [status, steps[step], ts(openedAt), dueAt ? ts(dueAt) : null, Number(id)],
      );
    const [a, bb, c, d, e] = [
      await open('PHONE'),
      await open('PHONE'),
      await open('IN_PERSON'),
      await open('IN_PERSON'),
      await open('WEBSITE'),
    ];
    await set(a.id, 'CLOSED', 'DELIVERY', '2026-01-10T09:00:00Z');
    // 22:30 UTC on 31 January is 1 February in Riyadh: counted in February.
    await set(bb.id, 'OPEN', 'RECEPTION', '2026-01-31T22:30:00Z');
    await set(c.id, 'REFERRED', 'REFERRAL', '2026-02-05T09:00:00Z');
    await set(
      d.id,
      'AWAITING_COMMITTEE',
      'COMMITTEE',
      '2026-02-06T09:00:00Z',
      new Date(Date.now() - 86_400_000).toISOString(),
    );
    await set(e.id, 'DEFERRED', 'COMMITTEE', '2026-03-01T00:00:00Z');
    const event = (t: string, kind: string, atIso: string, data: unknown) =>
      addEvent(t, kind, 'COMMITTEE', atIso, data);
    await event(a.id, 'APPROVED', '2026-01-15T08:00:00Z', { late: false });
    await event(d.id, 'REJECTED', '2026-01-20T08:00:00Z', { late: true });
    await event(c.id, 'APPROVED', '2026-02-10T08:00:00Z', { late: false });
    await event(e.id, 'APPROVED', '2026-03-05T08:00:00Z', { late: true }); // outside the period
    await event(c.id, 'REFERRED', '2026-01-12T08:00:00Z', { reason: 'DOCUMENTS' });
    await event(d.id, 'REFERRED', '2026-02-12T08:00:00Z', { reason: 'DOCUMENTS' });
    await event(e.id, 'REFERRED', '2026-02-13T08:00:00Z', { reason: 'ELIGIBILITY' });
    await event(e.id, 'REFERRED', '2026-03-13T08:00:00Z', { reason: 'PROCEDURE_UNCLEAR' }); // outside

    await staff.graphql(
      'mutation { feedbackCreate(input: { kind: COMPLAINT, subject: "تأخر الرد", body: "لم يصلني رد" }) { errors { code } } }',
    );
    // A low rating opens an improvement action (an inquiry opened and closed now, outside the period).
    const inquiry = await open('PHONE', 'INQUIRY');
    const token = await closeInquiry(staff, inquiry);
    await answerSurvey(server, token, 1, 0);

    // Survey links on known days: the real one moved to 10 February, copies on other days.
    const [invitation] = await conn.execute('select id from survey_invitation');
    const copy = async (day: string, answer: [number, number] | null) => {
      await conn.execute(
        `insert into survey_invitation (created_at, updated_at, transaction_id, token_hash, issued_at,
           expires_at, channel_key, transaction_type, policy_version_number, handling_days,
           handling_bucket, issued_day, issued_week, issued_month, issued_hijri_month)
         select created_at, updated_at, transaction_id, ?, issued_at, expires_at, channel_key,
           transaction_type, policy_version_number, handling_days, handling_bucket, ?, ?, ?, ?
         from survey_invitation where id = ?`,
        [`copy-${day}`, day, day, day.slice(0, 7), 'x', invitation.id],
      );
      if (!answer) return;
      await conn.execute(
        `insert into survey_response (created_at, updated_at, invitation_id, submitted_at, mode,
           overall, courtesy, clarity, speed, recommend)
         select created_at, updated_at, (select id from survey_invitation where token_hash = ?),
           submitted_at, mode, ?, 3, 3, 3, ? from survey_response limit 1`,
        [`copy-${day}`, ...answer],
      );
    };
    await conn.execute(
      "update survey_invitation set issued_day = '2026-02-10', issued_month = '2026-02' where id = ?",
      [invitation.id],
    );
    await copy('2026-01-05', [5, 10]);
    await copy('2026-01-06', null);
    await copy('2025-12-15', [4, 9]);
    await copy('2025-10-31', [5, 10]);
    // One library document past its review date (the seeded ones are due in a year).
    await conn.execute(
      "update library_document set review_by = '2026-01-01' where id = (select min(id) from library_document)",
    );
  });
  afterAll(async () => server?.stop());

  it('computes each figure as counted by hand', async () => {
    const res = await manager.graphql<{ dashboard: Record<string, unknown> }>(QUERY, {
      p: { from: '2026-01-01T00:00:00+03:00', to: '2026-03-01T00:00:00+03:00' },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.dashboard).toEqual({
      workload: { open: 4, awaitingCommittee: 1, committeeOverdue: 1, deferred: 1, referred: 1 },
      funnel: [
        { stepKey: 'RECEPTION', position: 1, count: 1 },
        { stepKey: 'REFERRAL', position: 3, count: 1 },
        { stepKey: 'COMMITTEE', position: 5, count: 2 },
      ],
      volumeByChannel: [
        { month: '2026-01', channelKey: 'PHONE', count: 1 },
        { month: '2026-02', channelKey: 'IN_PERSON', count: 2 },
        { month: '2026-02', channelKey: 'PHONE', count: 1 },
      ],
      // The trend: the 12 months ending with the period's, every one of them.
      committeeCompliance: [
        ...months2025.map((month) => ({ month, decisions: 0, onTime: 0 })),
        { month: '2026-01', decisions: 2, onTime: 1 },
        { month: '2026-02', decisions: 1, onTime: 1 },
      ],
      topReferralReasons: [
        { reasonKey: 'DOCUMENTS', count: 2 },
        { reasonKey: 'ELIGIBILITY', count: 1 },
      ],
      followUp: { openFeedback: 1, openImprovementActions: 1, libraryDocumentsPastReview: 1 },
      // Two whole months are compared with the two months before.
      previousPeriod: { from: '2025-10-31T21:00:00.000Z', to: '2025-12-31T21:00:00.000Z' },
    });
  });

  it('compares satisfaction with the previous period and gives it per month', async () => {
    const res = await manager.graphql<{ dashboard: Record<string, unknown> }>(SATISFACTION, {
      p: { from: '2026-01-01T00:00:00+03:00', to: '2026-03-01T00:00:00+03:00' },
    });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    expect(res.data!.dashboard).toEqual({
      // 10 Feb (overall 1, recommend 0), 5 Jan (5, 10), 6 Jan (not answered).
      satisfaction: { invitations: 3, responses: 2, responseRate: 66.7, csat: 50, nps: 0 },
      // 15 Dec (4, 9); 31 Oct is before the previous period.
      satisfactionPrevious: {
        invitations: 1,
        responses: 1,
        responseRate: 100,
        csat: 100,
        nps: 100,
      },
      // Per month of the 12 ending with the period's, the two before it included.
      satisfactionTrend: [
        ...months2025.map((month) => ({
          month,
          figures:
            month === '2025-10' || month === '2025-12'
              ? { invitations: 1, responses: 1, csat: 100 }
              : { invitations: 0, responses: 0, csat: null },
        })),
        { month: '2026-01', figures: { invitations: 2, responses: 1, csat: 100 } },
        { month: '2026-02', figures: { invitations: 1, responses: 1, csat: 0 } },
      ],
    });
  });

  it('runs the satisfaction statement once for the period and the previous one', async () => {
    server.resetQueries();
    const res = await manager.graphql(SATISFACTION, {
      p: { from: '2026-01-01T00:00:00+03:00', to: '2026-03-01T00:00:00+03:00' },
    });
    expect(res.errors).toBeUndefined();
    expect(server.queries.filter((q) => q.includes("'current' else 'previous'"))).toHaveLength(1);
  });

  it('answers a query for one figure alone', async () => {
    server.resetQueries();
    const res = await manager.graphql<{ dashboard: Record<string, unknown> }>(
      'query($p: DashboardPeriod!) { dashboard(period: $p) { funnel { count } } }',
      { p: { from: '2026-01-01T00:00:00+03:00', to: '2026-03-01T00:00:00+03:00' } },
    );
    expect(res.data!.dashboard).toEqual({ funnel: [{ count: 1 }, { count: 1 }, { count: 2 }] });
    // Only the funnel's statement ran: no other figure's tables were read.
    expect(
      server.queries.filter((q) => q.includes('join handling_step s on s.id = r.step_id')),
    ).toHaveLength(1);
    expect(
      server.queries.filter((q) =>
        /transaction_event|survey_invitation|rollup_(?!transaction_day)/.test(q),
      ),
    ).toEqual([]);
  });

  it('has the workflow write each event’s gap from the previous one', async () => {
    const { conn } = await sqlOf(server);
    const rows = (await conn.execute(
      `select e.at, e.gap_seconds, t.last_event_at from transaction_event e
       join beneficiary_transaction t on t.id = e.transaction_id
       where t.type = 'INQUIRY' order by e.id`,
    )) as { at: string | number | Date; gap_seconds: number | null; last_event_at: unknown }[];
    const [opened, closed] = rows;
    expect(rows.map((r) => r.gap_seconds === null)).toEqual([true, false]);
    expect(closed!.gap_seconds).toBe(
      Math.round((new Date(closed!.at).getTime() - new Date(opened!.at).getTime()) / 1000),
    );
    expect(new Date(closed!.last_event_at as string).getTime()).toBe(
      new Date(closed!.at).getTime(),
    );
  });

  it('drills down from referral reasons and committee decisions to the same transactions', async () => {
    const list = async (event: Record<string, unknown>) => {
      const res = await manager.graphql<{ transactions: { totalCount: number } }>(
        'query($f: TransactionFilter) { transactions(filter: $f, first: 100) { totalCount } }',
        { f: { event } },
      );
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      return res.data!.transactions.totalCount;
    };
    const period = { from: '2026-01-01T00:00:00+03:00', to: '2026-03-01T00:00:00+03:00' };
    // The reasons chart: DOCUMENTS 2, ELIGIBILITY 1.
    expect(await list({ ...period, kinds: ['REFERRED'], referralReasonKey: 'DOCUMENTS' })).toBe(2);
    expect(await list({ ...period, kinds: ['REFERRED'], referralReasonKey: 'ELIGIBILITY' })).toBe(
      1,
    );
    // The compliance chart, January: 2 decisions, 1 on time.
    const january = { from: '2026-01-01T00:00:00+03:00', to: '2026-02-01T00:00:00+03:00' };
    expect(await list({ ...january, kinds: ['APPROVED', 'REJECTED'] })).toBe(2);
    expect(await list({ ...january, kinds: ['APPROVED', 'REJECTED'], late: false })).toBe(1);
    expect(await list({ ...january, kinds: ['APPROVED', 'REJECTED'], late: true })).toBe(1);
    const bad = await manager.graphql(
      'query($f: TransactionFilter) { transactions(filter: $f) { totalCount } }',
      { f: { event: { referralReasonKey: "x' or 1=1" } } },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await manager.graphql(QUERY, {
      p: { from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
