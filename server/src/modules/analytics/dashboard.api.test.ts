import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

const QUERY = `query($p: DashboardPeriod!) { dashboard(period: $p) {
  workload { open awaitingCommittee committeeOverdue deferred referred }
  funnel { stepKey position count }
  volumeByChannel { month channelKey count }
  committeeCompliance { month decisions onTime }
  topReferralReasons { reasonKey count }
  openFeedback openImprovementActions } }`;

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
    const b = await staff.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
      {
        i: {
          fullName: 'هيا ناصر السبيعي',
          nationalId: withCheckDigit('105566778'),
          mobile: '0588889999',
          city: 'الخرج',
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
        { i: { beneficiaryId, channelKey, type, subject: 'طلب للوحة' } },
      );
      return r.data!.transactionOpen.transaction;
    };
    const conn = server.app.orm.em.getConnection();
    const sqlite = server.db.config.engine === 'sqlite';
    const ts = (iso: string) => (sqlite ? Date.parse(iso) : new Date(iso));
    const steps = Object.fromEntries(
      (await conn.execute('select key, id from handling_step')).map(
        (r: { key: string; id: number }) => [r.key, r.id],
      ),
    ) as Record<string, number>;
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
      conn.execute(
        'insert into transaction_event (transaction_id, kind, step_id, actor_id, actor_name, at, note, data) values (?, ?, ?, null, ?, ?, null, ?)',
        [Number(t), kind, steps.COMMITTEE, 'dash', ts(atIso), JSON.stringify(data)],
      );
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
    const closed = await staff.graphql<{
      transactionCloseInquiry: { surveyInvitation: { token: string } };
    }>(
      'mutation($i: TransactionTargetInput!) { transactionCloseInquiry(input: $i) { surveyInvitation { token } } }',
      { i: { id: inquiry.id, expectedVersion: inquiry.version } },
    );
    await server.graphql(
      'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded } }',
      {
        i: {
          token: closed.data!.transactionCloseInquiry.surveyInvitation.token,
          answers: { overall: 1, courtesy: 2, clarity: 1, speed: 1, recommend: 0 },
        },
      },
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
      committeeCompliance: [
        { month: '2026-01', decisions: 2, onTime: 1 },
        { month: '2026-02', decisions: 1, onTime: 1 },
      ],
      topReferralReasons: [
        { reasonKey: 'DOCUMENTS', count: 2 },
        { reasonKey: 'ELIGIBILITY', count: 1 },
      ],
      openFeedback: 1,
      openImprovementActions: 1,
    });
  });

  it('refuses a period that ends before it starts', async () => {
    const res = await manager.graphql(QUERY, {
      p: { from: '2026-03-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
