import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

interface Closed {
  id: string;
  reference: string;
  token: string;
}
interface Answers {
  overall: number;
  courtesy: number;
  clarity: number;
  speed: number;
  recommend: number;
  comment?: string;
}

const FIGURES = `invitations responses responseRate csat nps promoters passives detractors
  meanOverall meanCourtesy meanClarity meanSpeed meanRecommend`;

describe(`satisfaction surveys and their figures (${testEngine})`, () => {
  let server: TestServer;
  let officerA: GraphQLClient;
  let officerB: GraphQLClient;
  let manager: GraphQLClient;
  let analyst: GraphQLClient;
  let anonymous: GraphQLClient;
  let beneficiaryId: string;

  const count = async (table: string) => {
    const [row] = await server.app.orm.em
      .getConnection()
      .execute<{ n: number }[]>(`select count(*) as n from ${table}`);
    return Number(row!.n);
  };

  /** Opens an inquiry and closes it: the payload carries the survey link. */
  const closeInquiry = async (officer: GraphQLClient, channelKey: string): Promise<Closed> => {
    const opened = await officer.graphql<{
      transactionOpen: { transaction: { id: string; version: number; reference: string } };
    }>(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version reference } } }',
      { i: { beneficiaryId, channelKey, type: 'INQUIRY', subject: 'استفسار عن الخدمات' } },
    );
    const t = opened.data!.transactionOpen.transaction;
    const closed = await officer.graphql<{
      transactionCloseInquiry: {
        errors: unknown[];
        surveyInvitation: { token: string; expiresAt: string } | null;
      };
    }>(
      'mutation($i: TransactionTargetInput!) { transactionCloseInquiry(input: $i) { errors { code } surveyInvitation { token expiresAt } } }',
      { i: { id: t.id, expectedVersion: t.version } },
    );
    expect(closed.data!.transactionCloseInquiry.errors).toEqual([]);
    return {
      id: t.id,
      reference: t.reference,
      token: closed.data!.transactionCloseInquiry.surveyInvitation!.token,
    };
  };

  const submit = (token: string, answers: Answers, suggestion?: string) =>
    anonymous.graphql<{ surveySubmit: { recorded: boolean; errors: { code: string }[] } }>(
      'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded errors { code } } }',
      { i: { token, answers, suggestion } },
    );
  const state = async (token: string) => {
    const res = await anonymous.graphql<{ survey: { state: string } }>(
      'query($t: String!) { survey(token: $t) { state } }',
      { t: token },
    );
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.survey.state;
  };
  const score = (overall: number, recommend: number, comment?: string): Answers => ({
    overall,
    courtesy: overall,
    clarity: Math.max(1, overall - 1),
    speed: overall,
    recommend,
    ...(comment ? { comment } : {}),
  });

  beforeAll(async () => {
    server = await TestServer.start();
    officerA = await server.userWithRoles(['STAFF'], 'survey-officer-a');
    officerB = await server.userWithRoles(['STAFF'], 'survey-officer-b');
    manager = await server.userWithRoles(['MANAGER'], 'survey-manager');
    analyst = await server.userWithRoles(['ANALYST'], 'survey-analyst');
    anonymous = server.client();
    const b = await officerA.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
      {
        i: {
          fullName: 'ريم عبدالعزيز الدوسري',
          nationalId: withCheckDigit('107788990'),
          mobile: '0566667777',
          city: 'الدمام',
          gender: 'FEMALE',
        },
      },
    );
    beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;
  });
  afterAll(async () => server?.stop());

  it('issues a one-time link when a transaction closes: 192 random bits, stored only as a hash', async () => {
    const tokens = new Set<string>();
    for (let i = 0; i < 6; i++) tokens.add((await closeInquiry(officerA, 'WEBSITE')).token);
    expect(tokens.size).toBe(6);
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{32}$/); // 24 bytes
      expect(await state(token)).toBe('OPEN');
    }
    const stored = await server.app.orm.em
      .getConnection()
      .execute<{ token_hash: string }[]>('select token_hash from survey_invitation');
    const hashes = new Set(stored.map((r: { token_hash: string }) => r.token_hash));
    for (const token of tokens) {
      expect(hashes.has(createHash('sha256').update(token).digest('hex'))).toBe(true);
      expect(hashes.has(token)).toBe(false);
    }
  });

  it('takes one answer per link; a used, tampered, unknown or expired link records nothing', async () => {
    const { token } = await closeInquiry(officerA, 'WEBSITE');
    expect((await submit(token, score(5, 10))).data!.surveySubmit).toEqual({
      recorded: true,
      errors: [],
    });
    const responses = await count('survey_response');
    const again = await submit(token, score(1, 0));
    expect(again.data!.surveySubmit).toEqual({ recorded: false, errors: [{ code: 'TOKEN_USED' }] });
    expect(await state(token)).toBe('USED');

    const fresh = await closeInquiry(officerA, 'WEBSITE');
    const tampered = `${fresh.token.slice(0, -1)}${fresh.token.endsWith('A') ? 'B' : 'A'}`;
    expect((await submit(tampered, score(3, 5))).data!.surveySubmit.errors).toEqual([
      { code: 'TOKEN_UNKNOWN' },
    ]);
    expect(await state(tampered)).toBe('UNKNOWN');
    expect((await submit('not a token', score(3, 5))).data!.surveySubmit.errors).toEqual([
      { code: 'TOKEN_UNKNOWN' },
    ]);
    await server.app.orm.em
      .getConnection()
      .execute('update survey_invitation set expires_at = ? where token_hash = ?', [
        new Date(Date.now() - 1000),
        createHash('sha256').update(fresh.token).digest('hex'),
      ]);
    expect(await state(fresh.token)).toBe('EXPIRED');
    expect((await submit(fresh.token, score(3, 5))).data!.surveySubmit.errors).toEqual([
      { code: 'TOKEN_EXPIRED' },
    ]);
    const bad = await closeInquiry(officerA, 'WEBSITE');
    expect((await submit(bad.token, score(6, 5))).data!.surveySubmit.errors).toEqual([
      { code: 'INVALID_SCORE' },
    ]);
    expect(await state(bad.token)).toBe('OPEN');
    expect(await count('survey_response')).toBe(responses);
  });

  it('logs a suggestion left at the end of the survey for follow-up', async () => {
    const { token, reference } = await closeInquiry(officerA, 'WEBSITE');
    const r = await submit(token, score(4, 9), 'ليت ساعات العمل تمتد إلى المساء');
    expect(r.data!.surveySubmit.recorded).toBe(true);
    const items = await officerA.graphql<{
      feedbackItems: {
        edges: { node: { source: string; kind: string; transactionReference: string } }[];
      };
    }>(
      '{ feedbackItems(filter: { search: "ساعات العمل" }) { edges { node { source kind transactionReference } } } }',
    );
    expect(items.data!.feedbackItems.edges.map((e) => e.node)).toEqual([
      { source: 'SURVEY', kind: 'SUGGESTION', transactionReference: reference },
    ]);
  });

  it('lets exactly one of two answers sent at the same moment through', async () => {
    const { token } = await closeInquiry(officerA, 'WEBSITE');
    const both = await Promise.all([submit(token, score(4, 8)), submit(token, score(2, 3))]);
    expect(both.map((r) => r.data!.surveySubmit.recorded).sort()).toEqual([false, true]);
  });

  it('re-issues a link (the old one stops working), at most 5 a day, never for a withdrawal', async () => {
    const closed = await closeInquiry(officerA, 'WEBSITE');
    // A link was already issued (at the close): issuing again needs a reason.
    const issue = (id: string, reason: string | null = 'لم تصل الرسالة إلى المستفيد') =>
      officerA.graphql<{
        surveyInvitationIssue: { invitation: { token: string } | null; errors: { code: string }[] };
      }>(
        'mutation($id: ID!, $r: String) { surveyInvitationIssue(transactionId: $id, reason: $r) { invitation { token } errors { code } } }',
        { id, r: reason },
      );
    expect((await issue(closed.id, null)).data!.surveyInvitationIssue.errors).toEqual([
      { code: 'REASON_REQUIRED' },
    ]);
    expect(await state(closed.token)).toBe('OPEN');
    const second = (await issue(closed.id)).data!.surveyInvitationIssue.invitation!.token;
    expect(await state(closed.token)).toBe('UNKNOWN');
    expect(await state(second)).toBe('OPEN');
    for (let i = 0; i < 3; i++)
      expect((await issue(closed.id)).data!.surveyInvitationIssue.errors).toEqual([]);
    expect((await issue(closed.id)).data!.surveyInvitationIssue.errors).toEqual([
      { code: 'LIMIT_EXCEEDED' },
    ]);
    const links = await officerA.graphql<{ surveyInvitations: { state: string }[] }>(
      'query($id: ID!) { surveyInvitations(transactionId: $id) { state } }',
      { id: closed.id },
    );
    expect(links.data!.surveyInvitations.map((l) => l.state)).toEqual([
      'OPEN',
      'REVOKED',
      'REVOKED',
      'REVOKED',
      'REVOKED',
    ]);

    const opened = await officerA.graphql<{
      transactionOpen: { transaction: { id: string; version: number } };
    }>(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }',
      { i: { beneficiaryId, channelKey: 'PHONE', type: 'SUPPORT_REQUEST', subject: 'طلب دعم' } },
    );
    const t = opened.data!.transactionOpen.transaction;
    const withdrawn = await officerA.graphql<{
      transactionWithdraw: { surveyInvitation: unknown };
    }>(
      'mutation($i: TransactionWithdrawInput!) { transactionWithdraw(input: $i) { surveyInvitation { token } } }',
      { i: { id: t.id, expectedVersion: t.version, reason: 'لم يعد بحاجة' } },
    );
    expect(withdrawn.data!.transactionWithdraw.surveyInvitation).toBeNull();
    expect((await issue(t.id)).data!.surveyInvitationIssue.errors).toEqual([
      { code: 'NOT_RATEABLE' },
    ]);
  });

  describe('figures over a hand-made data set', () => {
    // Started on a clean slate: the figures below count only this set (filtered by channel).
    // PHONE (officer A): 10 links, 7 answers. IN_PERSON (officer B): 4 links, 2 answers, one of
    // them given by phone and recorded by the officer.
    const phone: [number, number, string?][] = [
      [5, 10, 'خدمة ممتازة وسريعة'],
      [4, 9],
      [4, 8],
      [3, 6, 'انتظرت طويلاً، رقمي 0566667777 للتواصل'],
      [1, 0, 'لم يرد أحد على اتصالي يا ريم الدوسري'],
      [5, 9],
      [2, 7],
    ];
    let inPerson: Closed[] = [];

    beforeAll(async () => {
      const phoneLinks: Closed[] = [];
      for (let i = 0; i < 10; i++) phoneLinks.push(await closeInquiry(officerA, 'PHONE'));
      for (const [i, [overall, recommend, comment]] of phone.entries()) {
        const r = await submit(phoneLinks[i]!.token, score(overall, recommend, comment));
        expect(r.data!.surveySubmit.recorded).toBe(true);
      }
      inPerson = [];
      for (let i = 0; i < 4; i++) inPerson.push(await closeInquiry(officerB, 'IN_PERSON'));
      expect((await submit(inPerson[0]!.token, score(5, 10))).data!.surveySubmit.recorded).toBe(
        true,
      );
      const assisted = await officerB.graphql<{ surveyRecordAssisted: { recorded: boolean } }>(
        'mutation($i: SurveyRecordAssistedInput!) { surveyRecordAssisted(input: $i) { recorded errors { code } } }',
        { i: { transactionId: inPerson[1]!.id, answers: score(3, 5) } },
      );
      expect(assisted.data!.surveyRecordAssisted.recorded).toBe(true);
    });

    const report = async (
      client: GraphQLClient,
      filter: Record<string, unknown>,
      groupBy?: string,
    ) =>
      client.graphql<{
        satisfactionReport: {
          total: Record<string, number | null>;
          overallDistribution: { score: number; count: number }[];
          recommendDistribution: { score: number; count: number }[];
          groups: {
            key: string;
            label: { en: string } | null;
            figures: Record<string, number | null>;
          }[];
        };
      }>(
        `query($f: SatisfactionFilter, $g: SatisfactionDimension) { satisfactionReport(filter: $f, groupBy: $g) {
          total { ${FIGURES} } overallDistribution { score count } recommendDistribution { score count }
          groups { key label { en } figures { ${FIGURES} } } } }`,
        { f: filter, g: groupBy ?? null },
      );

    it('computes response rate, CSAT, NPS and means as calculated by hand', async () => {
      const phoneOnly = (await report(manager, { channelKey: 'PHONE' })).data!.satisfactionReport;
      expect(phoneOnly.total).toEqual({
        invitations: 10,
        responses: 7,
        responseRate: 70,
        csat: 57.1, // 4 of 7 gave 4–5
        nps: 14.3, // (3 promoters − 2 detractors) / 7
        promoters: 3,
        passives: 2,
        detractors: 2,
        meanOverall: 3.43, // 24 / 7
        meanCourtesy: 3.43,
        meanClarity: 2.57, // 18 / 7
        meanSpeed: 3.43,
        meanRecommend: 7, // 49 / 7
      });
      expect(phoneOnly.overallDistribution).toEqual([
        { score: 1, count: 1 },
        { score: 2, count: 1 },
        { score: 3, count: 1 },
        { score: 4, count: 2 },
        { score: 5, count: 2 },
      ]);
      expect(phoneOnly.recommendDistribution.filter((d) => d.count)).toEqual([
        { score: 0, count: 1 },
        { score: 6, count: 1 },
        { score: 7, count: 1 },
        { score: 8, count: 1 },
        { score: 9, count: 2 },
        { score: 10, count: 1 },
      ]);

      const byChannel = (await report(manager, { channelKey: null }, 'CHANNEL')).data!
        .satisfactionReport.groups;
      const inPersonGroup = byChannel.find((g) => g.key === 'IN_PERSON')!;
      expect(inPersonGroup.label?.en).toBeTruthy();
      expect(inPersonGroup.figures).toMatchObject({
        invitations: 4,
        responses: 2,
        responseRate: 50,
        csat: 50,
        nps: 0,
      });
      // Self-submitted answers only: the staff-assisted one leaves the numerator, not the denominator.
      const self = (await report(manager, { channelKey: 'IN_PERSON', mode: 'SELF' })).data!
        .satisfactionReport.total;
      expect(self).toMatchObject({
        invitations: 4,
        responses: 1,
        responseRate: 25,
        csat: 100,
        nps: 100,
      });
      const assisted = (await report(manager, { channelKey: 'IN_PERSON', mode: 'STAFF_ASSISTED' }))
        .data!.satisfactionReport.total;
      expect(assisted).toMatchObject({ invitations: 4, responses: 1, csat: 0, nps: -100 });
    });

    it('groups by month (Gregorian and Hijri) and handling time, filtered like the totals', async () => {
      const today = new Date(Date.now() + 3 * 3_600_000).toISOString().slice(0, 10);
      const byMonth = (
        await report(manager, { channelKey: 'PHONE', from: today, to: today }, 'HIJRI_MONTH')
      ).data!.satisfactionReport.groups;
      expect(byMonth).toHaveLength(1);
      expect(byMonth[0]!.key).toMatch(/^14\d\d-\d\d$/);
      expect(byMonth[0]!.figures).toMatchObject({ invitations: 10, responses: 7 });
      const byTime = (await report(manager, { channelKey: 'PHONE' }, 'HANDLING_TIME')).data!
        .satisfactionReport.groups;
      expect(byTime.map((g) => g.key)).toEqual(['D0_1']);
      const none = (
        await report(manager, { channelKey: 'PHONE', from: '2020-01-01', to: '2020-12-31' })
      ).data!.satisfactionReport.total;
      expect(none).toMatchObject({
        invitations: 0,
        responses: 0,
        responseRate: null,
        csat: null,
        nps: null,
      });
      const badDate = await report(manager, { from: '2025-02-30' });
      expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('shows per-officer figures to managers only, merging groups under 5 answers into OTHER', async () => {
      const groups = (await report(manager, {}, 'OFFICER')).data!.satisfactionReport.groups;
      const a = groups.find((g) => g.label?.en && g.key !== 'OTHER')!;
      expect(a.figures.responses).toBeGreaterThanOrEqual(5);
      expect(groups.at(-1)!.key).toBe('OTHER');
      expect(groups.every((g) => g.key === 'OTHER' || (g.figures.responses ?? 0) >= 5)).toBe(true);
      const denied = await report(analyst, {}, 'OFFICER');
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(
        (await report(analyst, { channelKey: 'PHONE' })).data!.satisfactionReport.total.csat,
      ).toBe(57.1);
    });

    it('lists comments with search; analysts read them with personal data masked and without the transaction', async () => {
      const query = `query($f: SatisfactionFilter, $s: String) { satisfactionComments(filter: $f, search: $s) {
        totalCount edges { node { comment overall transactionReference } } } }`;
      type R = {
        satisfactionComments: {
          totalCount: number;
          edges: { node: { comment: string; transactionReference: string | null } }[];
        };
      };
      const forManager = (await manager.graphql<R>(query, { f: { channelKey: 'PHONE' } })).data!
        .satisfactionComments;
      expect(forManager.totalCount).toBe(3);
      expect(forManager.edges.map((e) => e.node.comment)).toContain(
        'لم يرد أحد على اتصالي يا ريم الدوسري',
      );
      expect(forManager.edges.every((e) => /^MSR-/.test(e.node.transactionReference ?? ''))).toBe(
        true,
      );
      const forAnalyst = (await analyst.graphql<R>(query, { f: { channelKey: 'PHONE' } })).data!
        .satisfactionComments;
      const texts = forAnalyst.edges.map((e) => e.node.comment);
      expect(texts).toContain('لم يرد أحد على اتصالي يا […] […]');
      expect(texts).toContain('انتظرت طويلاً، رقمي […] للتواصل');
      expect(forAnalyst.edges.every((e) => e.node.transactionReference === null)).toBe(true);
      // Folded search: "ممتازه" finds "ممتازة".
      const found = (await analyst.graphql<R>(query, { f: { channelKey: 'PHONE' }, s: 'ممتازه' }))
        .data!.satisfactionComments;
      expect(found.edges.map((e) => e.node.comment)).toEqual(['خدمة ممتازة وسريعة']);
    });

    it('opens an improvement action for every low rating; a manager closes it with what was done', async () => {
      const list = await manager.graphql<{
        improvementActions: { id: string; overall: number; status: string }[];
      }>('{ improvementActions(status: OPEN) { id overall status } }');
      const low = list.data!.improvementActions;
      // Overall 1 and 2 on PHONE, and the 2 raced earlier if it won.
      expect(low.length).toBeGreaterThanOrEqual(2);
      expect(low.every((a) => a.overall <= 2)).toBe(true);
      const closed = await manager.graphql<{
        improvementActionClose: {
          action: { status: string; actionTaken: string } | null;
          errors: { code: string }[];
        };
      }>(
        'mutation($id: ID!) { improvementActionClose(id: $id, actionTaken: "تدريب فريق الهاتف على الرد خلال ثلاث رنات") { action { status actionTaken } errors { code } } }',
        { id: low[0]!.id },
      );
      expect(closed.data!.improvementActionClose.action!.status).toBe('CLOSED');
      const twice = await manager.graphql<{
        improvementActionClose: { errors: { code: string }[] };
      }>(
        'mutation($id: ID!) { improvementActionClose(id: $id, actionTaken: "مرة أخرى") { errors { code } } }',
        { id: low[0]!.id },
      );
      expect(twice.data!.improvementActionClose.errors).toEqual([{ code: 'ALREADY_CLOSED' }]);
    });
  });
});
