import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { score, startSurveyWorld, type SurveyWorld } from '../satisfaction/survey.fixtures.js';

/**
 * Improvement actions are a paged list (issue 16 item 9): every one is reachable page by page,
 * oldest opened first, and `totalCount` is the true number, the dashboard's figure.
 */
describe(`improvement actions, paged (${testEngine})`, () => {
  let w: SurveyWorld;
  type Page = {
    improvementActions: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { id: string; status: string; openedAt: string } }[];
    };
  };
  const page = (status: string | null, first: number, after: string | null) =>
    w.manager.graphql<Page>(
      `query($s: ImprovementStatus, $first: Int!, $after: String) {
        improvementActions(status: $s, first: $first, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { node { id status openedAt } } } }`,
      { s: status, first, after },
    );

  beforeAll(async () => {
    w = await startSurveyWorld();
    // Five low ratings, five actions; one closed.
    for (let i = 0; i < 5; i++) {
      const closed = await w.closeInquiry(w.officerA, 'PHONE');
      expect((await w.submit(closed.token, score(1, 0))).data!.surveySubmit.recorded).toBe(true);
    }
    const first = (await page('OPEN', 1, null)).data!.improvementActions.edges[0]!.node.id;
    const done = await w.manager.graphql<{ improvementActionClose: { errors: unknown[] } }>(
      'mutation($id: ID!) { improvementActionClose(input: { id: $id, actionTaken: "اتصلنا بالمستفيد واعتذرنا" }) { errors { code } } }',
      { id: first },
    );
    expect(done.data!.improvementActionClose.errors).toEqual([]);
  });
  afterAll(async () => w?.server.stop());

  it('walks every open action page by page, oldest first, with the true total', async () => {
    const seen: { id: string; openedAt: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const res = await page('OPEN', 2, after);
      expect(res.errors).toBeUndefined();
      const c = res.data!.improvementActions;
      expect(c.totalCount).toBe(4);
      expect(c.edges.every((e) => e.node.status === 'OPEN')).toBe(true);
      seen.push(...c.edges.map((e) => e.node));
      if (!c.pageInfo.hasNextPage) break;
      after = c.pageInfo.endCursor;
    }
    expect(new Set(seen.map((a) => a.id)).size).toBe(4);
    expect(seen.map((a) => a.openedAt)).toEqual([...seen.map((a) => a.openedAt)].sort());
    expect((await page(null, 100, null)).data!.improvementActions.totalCount).toBe(5);
    expect((await page('CLOSED', 100, null)).data!.improvementActions.totalCount).toBe(1);
  });

  it('says as many open as the dashboard', async () => {
    const dash = await w.manager.graphql<{
      dashboard: { followUp: { openImprovementActions: number } };
    }>(
      'query($p: DashboardPeriod!) { dashboard(period: $p) { followUp { openImprovementActions } } }',
      {
        // Any period: the open actions are a figure of now.
        p: { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date().toISOString() },
      },
    );
    expect(dash.errors).toBeUndefined();
    expect(dash.data!.dashboard.followUp.openImprovementActions).toBe(
      (await page('OPEN', 1, null)).data!.improvementActions.totalCount,
    );
  });

  it('refuses a page larger than 100', async () => {
    const res = await page(null, 500, null);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
