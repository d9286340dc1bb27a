import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_USER_PASSWORD,
  TestServer,
  testEngine,
  type GraphQLClient,
} from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

/**
 * People by their names, not their logins (issue 16 item 8): the timeline's `actorDisplayName`,
 * the audit log's, and the feedback item's `assigneeDisplayName`, each readable by whoever reads
 * the thing it belongs to. The timeline's names come in one batched select of users, however many
 * transactions and events a page holds.
 */
describe(`display names beside logins (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let manager: GraphQLClient;
  let officerId = '';
  const OFFICER = { username: 'dn-officer', displayName: 'سارة الموظفة' };
  const MANAGER = { username: 'dn-manager', displayName: 'مها المديرة' };

  const TIMELINES = `query($first: Int!) { transactions(first: $first) { edges { node {
    timeline { actorName actorDisplayName } } } } }`;
  type Timelines = {
    transactions: {
      edges: { node: { timeline: { actorName: string; actorDisplayName: string | null }[] } }[];
    };
  };

  beforeAll(async () => {
    server = await TestServer.start();
    const admin = await server.admin();
    for (const [u, roles] of [
      [OFFICER, ['STAFF']],
      [MANAGER, ['MANAGER']],
    ] as const) {
      const r = await admin.graphql<{ userCreate: { user: { id: string } } }>(
        `mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id } errors { code } } }`,
        { i: { ...u, roles, password: TEST_USER_PASSWORD } },
      );
      if (u === OFFICER) officerId = r.data!.userCreate.user.id;
    }
    officer = await server.signIn(OFFICER.username, TEST_USER_PASSWORD);
    manager = await server.signIn(MANAGER.username, TEST_USER_PASSWORD);
    const b = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      `mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } errors { code } } }`,
      {
        i: {
          fullName: 'ليلى بنت سعيد',
          nationalId: withCheckDigit('105544332'),
          mobile: '0502223344',
          city: 'جدة',
          gender: 'FEMALE',
        },
      },
    );
    // Three transactions, each opened by the officer and withdrawn by the manager.
    for (let i = 0; i < 3; i++) {
      const opened = await officer.graphql<{
        transactionOpen: { transaction: { id: string; version: number } };
      }>(
        `mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }`,
        {
          i: {
            beneficiaryId: b.data!.beneficiaryCreate.beneficiary.id,
            channelKey: 'PHONE',
            type: 'INQUIRY',
            subject: `استفسار ${i + 1}`,
          },
        },
      );
      const t = opened.data!.transactionOpen.transaction;
      await manager.graphql(
        `mutation($i: TransactionWithdrawInput!) { transactionWithdraw(input: $i) { errors { code } } }`,
        { i: { id: t.id, expectedVersion: t.version, reason: 'طلب المستفيد ذلك' } },
      );
    }
  });
  afterAll(async () => server?.stop());

  it('names who did each timeline entry, with the login beside it', async () => {
    const res = await officer.graphql<Timelines>(TIMELINES, { first: 3 });
    expect(res.errors).toBeUndefined();
    const events = res.data!.transactions.edges.flatMap((e) => e.node.timeline);
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => `${e.actorName}=${e.actorDisplayName}`))).toEqual(
      new Set([
        `${OFFICER.username}=${OFFICER.displayName}`,
        `${MANAGER.username}=${MANAGER.displayName}`,
      ]),
    );
  });

  it('reads the names of a page’s actors in one select, however many transactions it holds', async () => {
    const userSelects = async (first: number) => {
      await officer.graphql('{ me { id } }');
      server.resetQueries();
      await officer.graphql<Timelines>(TIMELINES, { first });
      return server.queries.filter((q) => /select .* from [`"]app_user[`"]/i.test(q)).length;
    };
    const one = await userSelects(1);
    expect(one).toBeGreaterThan(0);
    expect(await userSelects(3)).toBe(one);
  });

  it('names who made each audit entry, for admins and managers', async () => {
    const res = await manager.graphql<{
      auditEntries: { edges: { node: { actorName: string; actorDisplayName: string | null } }[] };
    }>('{ auditEntries(first: 100) { edges { node { actorName actorDisplayName } } } }');
    expect(res.errors).toBeUndefined();
    const names = new Map(res.data!.auditEntries.edges.map((e) => [e.node.actorName, e.node]));
    expect(names.get(OFFICER.username)!.actorDisplayName).toBe(OFFICER.displayName);
    expect(names.get(MANAGER.username)!.actorDisplayName).toBe(MANAGER.displayName);
    // Staff do not read the audit log, names or not.
    const refused = await officer.graphql('{ auditEntries(first: 1) { edges { node { id } } } }');
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('names who follows up a suggestion or complaint', async () => {
    const created = await officer.graphql<{ feedbackCreate: { item: { id: string } } }>(
      `mutation($i: FeedbackCreateInput!) { feedbackCreate(input: $i) { item { id } errors { code } } }`,
      {
        i: {
          kind: 'SUGGESTION',
          channelKey: 'WEBSITE',
          subject: 'إضافة قناة واتساب',
          body: 'أقترح التواصل عبر واتساب.',
        },
      },
    );
    const updated = await officer.graphql<{
      feedbackUpdate: { item: { assigneeName: string; assigneeDisplayName: string } };
    }>(
      `mutation($i: FeedbackUpdateInput!) { feedbackUpdate(input: $i) {
        item { assigneeName assigneeDisplayName } errors { code } } }`,
      {
        i: {
          id: created.data!.feedbackCreate.item.id,
          status: 'UNDER_REVIEW',
          assigneeId: officerId,
        },
      },
    );
    expect(updated.data!.feedbackUpdate.item).toEqual({
      assigneeName: OFFICER.username,
      assigneeDisplayName: OFFICER.displayName,
    });
  });
});
