/**
 * Survey answers are audited, and an officer cannot rate themselves: a link the rated officer
 * re-issues (which needs a reason once a link was sent) or an answer they record themselves is
 * flagged and left out of per-officer figures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { createBeneficiary } from '../../test-support/fixtures.js';

interface AuditRow {
  action: string;
  actorName: string;
  targetId: string | null;
  after: string | null;
}
interface Link {
  id: string;
  state: string;
  reissueReason: string | null;
  selfRated: boolean;
  answeredMode: string | null;
}

const SCORES = (overall: number) => ({
  overall,
  courtesy: overall,
  clarity: overall,
  speed: overall,
  recommend: overall * 2,
});

describe(`survey answers: audited, and no self-rating (${testEngine})`, () => {
  let server: TestServer;
  let rated: GraphQLClient; // the officer who handles and closes the transactions
  let colleague: GraphQLClient;
  let manager: GraphQLClient;
  let admin: GraphQLClient;
  let ratedId = '';
  let beneficiaryId = '';

  const audit = async (action: string): Promise<AuditRow[]> => {
    const res = await admin.graphql<{ auditEntries: { edges: { node: AuditRow }[] } }>(
      'query($f: AuditFilter) { auditEntries(first: 100, filter: $f) { edges { node { action actorName targetId after } } } }',
      { f: { action } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.auditEntries.edges.map((e) => e.node);
  };
  /** Opens an inquiry as the rated officer and closes it: returns its id and the close's link. */
  const closed = async (): Promise<{ id: string; token: string }> => {
    const opened = await rated.graphql<{
      transactionOpen: { transaction: { id: string; version: number } };
    }>(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }',
      { i: { beneficiaryId, channelKey: 'PHONE', type: 'INQUIRY', subject: 'استفسار عن الخدمات' } },
    );
    const t = opened.data!.transactionOpen.transaction;
    const res = await rated.graphql<{
      transactionCloseInquiry: { surveyInvitation: { token: string } };
    }>(
      'mutation($i: TransactionCloseInquiryInput!) { transactionCloseInquiry(input: $i) { surveyInvitation { token } } }',
      { i: { id: t.id, expectedVersion: t.version } },
    );
    return { id: t.id, token: res.data!.transactionCloseInquiry.surveyInvitation.token };
  };
  const issue = (as: GraphQLClient, id: string, reason?: string) =>
    as.graphql<{
      surveyInvitationIssue: {
        invitation: { id: string; token: string } | null;
        errors: { code: string; field: string | null }[];
      };
    }>(
      'mutation($id: ID!, $r: String) { surveyInvitationIssue(input: { transactionId: $id, reason: $r }) { invitation { id token } errors { code field } } }',
      { id, r: reason ?? null },
    );
  const submit = (token: string, overall: number, extra: Record<string, unknown> = {}) =>
    server.graphql<{ surveySubmit: { recorded: boolean; errors: { code: string }[] } }>(
      'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded errors { code } } }',
      { i: { token, answers: SCORES(overall), ...extra } },
    );
  const links = async (id: string): Promise<Link[]> =>
    (
      await rated.graphql<{ surveyInvitations: Link[] }>(
        'query($id: ID!) { surveyInvitations(transactionId: $id) { id state reissueReason selfRated answeredMode } }',
        { id },
      )
    ).data!.surveyInvitations;
  const officerFigures = async () => {
    const report = await manager.graphql<{
      satisfactionReport: { groups: { key: string; figures: Record<string, number | null> }[] };
    }>(
      '{ satisfactionReport(groupBy: OFFICER) { groups { key figures { invitations responses csat meanOverall } } } }',
    );
    expect(report.errors).toBeUndefined();
    const stats = await manager.graphql<{
      satisfactionStats: { key: { officer: string | null }; figures: Record<string, number> }[];
    }>('{ satisfactionStats(groupBy: [OFFICER]) { key { officer } figures { responses csat } } }');
    expect(stats.errors).toBeUndefined();
    return {
      report: report.data!.satisfactionReport.groups.find((g) => g.key === ratedId),
      stats: stats.data!.satisfactionStats.find((g) => g.key.officer === ratedId),
    };
  };

  beforeAll(async () => {
    server = await TestServer.start();
    rated = await server.userWithRoles(['STAFF'], 'rated-officer');
    colleague = await server.userWithRoles(['STAFF'], 'colleague-officer');
    manager = await server.userWithRoles(['MANAGER'], 'survey-integrity-manager');
    admin = await server.admin();
    ratedId = (await rated.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
    beneficiaryId = await createBeneficiary(rated, '105544332', 'جواهر فهد القحطاني');
  });
  afterAll(async () => server?.stop());

  it('audits a public answer, the improvement action and the suggestion it opens, without their text', async () => {
    const t = await closed();
    const res = await submit(t.token, 1, {
      answers: { ...SCORES(1), comment: 'تأخرتم كثيراً يا جواهر القحطاني 0551234567' },
      suggestion: 'اقترح الاتصال على 0551234567 قبل الموعد',
    });
    expect(res.data!.surveySubmit).toEqual({ recorded: true, errors: [] });
    const [link] = await links(t.id);

    const [answer] = await audit('survey.answer');
    expect(answer!.actorName).toBe('anonymous');
    const after = JSON.parse(answer!.after!);
    expect(after).toMatchObject({
      mode: 'SELF',
      invitation: Number(link!.id),
      overall: 1,
      hasComment: true,
      suggestion: true,
      selfRated: false,
    });
    // The answering address, hashed: the same client gives the same hash, never the address.
    expect(after.clientAddress).toMatch(/^[0-9a-f]{32}$/);
    const [improvement] = await audit('improvement.open');
    expect(after.improvementAction).toBe(Number(improvement!.targetId));
    expect(JSON.parse(improvement!.after!)).toMatchObject({ response: Number(answer!.targetId) });
    const [feedback] = await audit('feedback.create');
    expect(JSON.parse(feedback!.after!)).toMatchObject({
      kind: 'SUGGESTION',
      source: 'SURVEY',
      surveyResponse: Number(answer!.targetId),
      subject: '[text]',
    });
    // The raw address is not kept on the row either (only officers' own rows carry one).
    const [row] = await server.app.orm.em
      .getConnection()
      .execute<{ ip: string | null }[]>(
        "select ip from audit_entry where action = 'survey.answer' and target_id = ?",
        [answer!.targetId],
      );
    expect(row!.ip).toBeNull();
    const trail = JSON.stringify(await audit('survey.answer')) + JSON.stringify(feedback);
    expect(trail).not.toContain('0551234567');
    expect(trail).not.toContain('القحطاني');

    // A second answer from the same client has the same address hash.
    const other = await closed();
    await submit(other.token, 5);
    const rows = await audit('survey.answer');
    expect(JSON.parse(rows[0]!.after!).clientAddress).toBe(after.clientAddress);
  });

  it('re-issuing a sent link needs a reason (typed error, nothing changes), audited with it', async () => {
    const t = await closed();
    const before = await links(t.id);
    const refused = await issue(rated, t.id);
    expect(refused.data!.surveyInvitationIssue).toEqual({
      invitation: null,
      errors: [{ code: 'REASON_REQUIRED', field: 'reason' }],
    });
    expect((await issue(rated, t.id, ' x ')).data!.surveyInvitationIssue.errors[0]!.code).toBe(
      'REASON_REQUIRED',
    );
    expect(await links(t.id)).toEqual(before);
    const state = await server.graphql<{ survey: { state: string } }>(
      'query($t: String!) { survey(token: $t) { state } }',
      { t: t.token },
    );
    expect(state.data!.survey.state).toBe('OPEN');

    const reissued = await issue(rated, t.id, 'المستفيد غيّر رقم جواله');
    expect(reissued.data!.surveyInvitationIssue.errors).toEqual([]);
    const newId = reissued.data!.surveyInvitationIssue.invitation!.id;
    const [issued] = (await audit('survey.issue')).filter((r) => r.targetId === newId);
    expect(JSON.parse(issued!.after!)).toMatchObject({
      onRequest: true,
      reissue: true,
      reason: '[text]',
      issuedByOfficer: true,
    });
    expect(issued!.actorName).toBe('rated-officer');
    const now = await links(t.id);
    expect(now[0]).toMatchObject({
      id: newId,
      state: 'OPEN',
      reissueReason: 'المستفيد غيّر رقم جواله',
      selfRated: true,
    });
  });

  it('flags answers to links the rated officer issued, or recorded, and leaves them out of per-officer figures', async () => {
    // This officer's answers so far (under five: merged into OTHER in the figures).
    const [prior] = await server.app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(
        'select count(*) as n from survey_response r join survey_invitation i on i.id = r.invitation_id where i.officer_id = ?',
        [Number(ratedId)],
      );
    const base = Number(prior!.n);
    // Five genuine, unhappy answers through the links given at the close.
    for (let i = 0; i < 5; i++) {
      const t = await closed();
      expect((await submit(t.token, 1)).data!.surveySubmit.recorded).toBe(true);
    }
    const honest = await officerFigures();
    expect(honest.report!.figures.responses).toBe(base + 5);
    const honestCsat = honest.report!.figures.csat;

    // The attack: re-issue the link of three more transactions and answer them oneself, top marks.
    for (let i = 0; i < 3; i++) {
      const t = await closed();
      const own = await issue(rated, t.id, 'لم تصل الرسالة');
      expect(
        (await submit(own.data!.surveyInvitationIssue.invitation!.token, 5)).data!.surveySubmit
          .recorded,
      ).toBe(true);
      const [link] = await links(t.id);
      expect(link).toMatchObject({ state: 'USED', answeredMode: 'SELF', selfRated: true });
      const [answer] = await audit('survey.answer');
      expect(JSON.parse(answer!.after!)).toMatchObject({ selfRated: true });
    }
    // And record one by "phone" for a transaction of their own.
    const phoned = await closed();
    const recorded = await rated.graphql<{ surveyRecordAssisted: { recorded: boolean } }>(
      'mutation($i: SurveyRecordAssistedInput!) { surveyRecordAssisted(input: $i) { recorded } }',
      { i: { transactionId: phoned.id, answers: SCORES(5) } },
    );
    expect(recorded.data!.surveyRecordAssisted.recorded).toBe(true);
    expect((await links(phoned.id))[0]).toMatchObject({
      answeredMode: 'STAFF_ASSISTED',
      selfRated: true,
    });

    // None of the four counts for the officer; the report and the statistics agree.
    const after = await officerFigures();
    expect(after.report!.figures.responses).toBe(base + 5);
    expect(after.report!.figures.csat).toBe(honestCsat);
    expect(after.stats!.figures.responses).toBe(after.report!.figures.responses);

    // A colleague's re-issue or recording is not self-rating.
    const t = await closed();
    const theirs = await issue(colleague, t.id, 'طلب المستفيد رابطاً جديداً');
    await submit(theirs.data!.surveyInvitationIssue.invitation!.token, 4);
    expect((await links(t.id))[0]).toMatchObject({ state: 'USED', selfRated: false });
    const byColleague = await closed();
    await colleague.graphql(
      'mutation($i: SurveyRecordAssistedInput!) { surveyRecordAssisted(input: $i) { recorded } }',
      { i: { transactionId: byColleague.id, answers: SCORES(4) } },
    );
    expect((await links(byColleague.id))[0]).toMatchObject({ selfRated: false });
    expect((await officerFigures()).report!.figures.responses).toBe(base + 7);
  });
});
