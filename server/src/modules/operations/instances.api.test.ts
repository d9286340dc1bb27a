/**
 * Two app instances on one PostgreSQL database, as behind a load balancer: what one instance
 * knows, the other does too — sessions, the request rate limit, sign-in throttles, and a survey
 * link's single use. (The scheduled backup's single run: backup-schedule.api.test.ts.)
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startApp, type RunningApp } from '../../app.js';
import {
  GraphQLClient,
  TestServer,
  TEST_ADMIN_PASSWORD,
  testEngine,
} from '../../test-support/test-app.js';
import { createBeneficiary, openTransaction, closeInquiry } from '../../test-support/fixtures.js';
import { THROTTLE } from '../accounts/sign-in-guard.js';

const ANONYMOUS_LIMIT = 12;

describe.runIf(testEngine === 'postgresql')('two instances on one PostgreSQL database', () => {
  let a: TestServer;
  let b: RunningApp;
  const at = (app: RunningApp, headers: Record<string, string> = {}) =>
    new GraphQLClient(`${app.url}/graphql`, headers);

  beforeAll(async () => {
    a = await TestServer.start({ anonymousRateLimitPerMinute: ANONYMOUS_LIMIT });
    b = await startApp(a.db.config);
  });
  // Each test starts from no counted request and no failed sign-in.
  beforeEach(async () => {
    const sql = a.app.orm.em.getConnection();
    await sql.execute('delete from rate_limit');
    await sql.execute('delete from sign_in_throttle');
  });
  afterAll(async () => {
    await b.close();
    await a.stop();
  });

  it('a session opened on one instance works on the other', async () => {
    const admin = await a.admin();
    const onB = at(b, admin.headers);
    const me = await onB.graphql<{ me: { username: string } }>('{ me { username } }');
    expect(me.data?.me.username).toBe('admin');
  });

  it('the anonymous rate limit counts requests to both instances together', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ANONYMOUS_LIMIT + 4; i++) {
      const app = i % 2 === 0 ? a.app : b;
      const res = await at(app).post('{ activePolicy { id } }');
      statuses.push(res.status);
    }
    // Each instance alone would allow ANONYMOUS_LIMIT: together they allow it once.
    expect(statuses.filter((s) => s === 200)).toHaveLength(ANONYMOUS_LIMIT);
    expect(statuses.slice(ANONYMOUS_LIMIT)).toEqual([429, 429, 429, 429]);
  });

  it('failed sign-ins on one instance lock the account on the other', async () => {
    const attempt = (app: RunningApp, password: string) =>
      at(app).graphql(
        `mutation { signIn(input: { login: "admin", password: "${password}" }) { user { id } } }`,
      );
    for (let i = 0; i < THROTTLE.pairLockAfter; i++) {
      await attempt(i % 2 === 0 ? a.app : b, 'wrong-password');
    }
    const locked = await attempt(b, TEST_ADMIN_PASSWORD);
    expect(locked.errors?.[0]?.extensions).toMatchObject({ reason: 'SIGN_IN_LOCKED' });
  });

  it('a survey link answered on both instances at once is recorded once', async () => {
    const staff = await a.userWithRoles(['STAFF']);
    const beneficiaryId = await createBeneficiary(staff, '104455667');
    const token = await closeInquiry(
      staff,
      await openTransaction(staff, beneficiaryId, 'PHONE', 'INQUIRY'),
    );
    const submit = (app: RunningApp) =>
      at(app).graphql<{ surveySubmit: { recorded: boolean; errors: { code: string }[] } }>(
        'mutation($i: SurveySubmitInput!) { surveySubmit(input: $i) { recorded errors { code } } }',
        { i: { token, answers: { overall: 5, courtesy: 4, clarity: 4, speed: 4, recommend: 9 } } },
      );
    const answers = await Promise.all([submit(a.app), submit(b), submit(a.app), submit(b)]);
    const recorded = answers.filter((r) => r.data?.surveySubmit.recorded === true);
    expect(recorded).toHaveLength(1);
    const rows = (await a.app.orm.em
      .getConnection()
      .execute('select count(*) as n from survey_response')) as { n: string }[];
    expect(Number(rows[0]!.n)).toBe(1);
  });
});
