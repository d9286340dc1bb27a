import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import {
  FIGURES,
  score,
  startSurveyWorld,
  type Closed,
  type SurveyWorld,
} from './survey.fixtures.js';

describe(`satisfaction figures over a hand-made data set (${testEngine})`, () => {
  let server: TestServer;
  let officerA: GraphQLClient;
  let officerB: GraphQLClient;
  let manager: GraphQLClient;
  let analyst: GraphQLClient;
  let closeInquiry: SurveyWorld['closeInquiry'];
  let submit: SurveyWorld['submit'];

  beforeAll(async () => {
    ({ server, officerA, officerB, manager, analyst, closeInquiry, submit } =
      await startSurveyWorld());
  });
  afterAll(async () => server?.stop());

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
    expect((await submit(inPerson[0]!.token, score(5, 10))).data!.surveySubmit.recorded).toBe(true);
    const assisted = await officerB.graphql<{ surveyRecordAssisted: { recorded: boolean } }>(
      'mutation($i: SurveyRecordAssistedInput!) { surveyRecordAssisted(input: $i) { recorded errors { code } } }',
      { i: { transactionId: inPerson[1]!.id, answers: score(3, 5) } },
    );
    expect(assisted.data!.surveyRecordAssisted.recorded).toBe(true);
  });

  const report = async (client: GraphQLClient, filter: Record<string, unknown>, groupBy?: string) =>
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
      improvementActions: {
        totalCount: number;
        edges: { node: { id: string; overall: number; status: string } }[];
      };
    }>('{ improvementActions(status: OPEN) { totalCount edges { node { id overall status } } } }');
    const low = list.data!.improvementActions.edges.map((e) => e.node);
    expect(list.data!.improvementActions.totalCount).toBe(low.length);
    // Overall 1 and 2 on PHONE, and the 2 raced earlier if it won.
    expect(low.length).toBeGreaterThanOrEqual(2);
    expect(low.every((a) => a.overall <= 2)).toBe(true);
    const closed = await manager.graphql<{
      improvementActionClose: {
        action: { status: string; actionTaken: string } | null;
        errors: { code: string }[];
      };
    }>(
      'mutation($id: ID!) { improvementActionClose(input: { id: $id, actionTaken: "تدريب فريق الهاتف على الرد خلال ثلاث رنات" }) { action { status actionTaken } errors { code } } }',
      { id: low[0]!.id },
    );
    expect(closed.data!.improvementActionClose.action!.status).toBe('CLOSED');
    const twice = await manager.graphql<{
      improvementActionClose: { errors: { code: string }[] };
    }>(
      'mutation($id: ID!) { improvementActionClose(input: { id: $id, actionTaken: "مرة أخرى" }) { errors { code } } }',
      { id: low[0]!.id },
    );
    expect(twice.data!.improvementActionClose.errors).toEqual([{ code: 'ALREADY_CLOSED' }]);
  });
});
