import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { score, startSurveyWorld, type SurveyWorld } from './survey.fixtures.js';

describe(`satisfaction surveys: links and answers (${testEngine})`, () => {
  let server: TestServer;
  let officerA: GraphQLClient;
  let beneficiaryId: string;
  let count: SurveyWorld['count'];
  let closeInquiry: SurveyWorld['closeInquiry'];
  let submit: SurveyWorld['submit'];
  let state: SurveyWorld['state'];

  beforeAll(async () => {
    ({ server, officerA, beneficiaryId, count, closeInquiry, submit, state } =
      await startSurveyWorld());
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
        'mutation($id: ID!, $r: String) { surveyInvitationIssue(input: { transactionId: $id, reason: $r }) { invitation { token } errors { code } } }',
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
});
