import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

interface Item {
  id: string;
  reference: string;
  kind: string;
  source: string;
  status: string;
  beneficiaryId: string | null;
  transactionReference: string | null;
  clause: string | null;
  clauseKey: string | null;
  response: string | null;
  answeredAt: string | null;
  closedAt: string | null;
  assigneeName: string | null;
  answeredByPolicyVersion: number | null;
}
const ITEM = `id reference kind source status beneficiaryId transactionReference clause clauseKey
  response answeredAt closedAt assigneeName answeredByPolicyVersion`;

describe(`suggestions and complaints (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let manager: GraphQLClient;
  let beneficiaryId: string;
  let transactionReference: string;

  const create = (input: Record<string, unknown>) =>
    officer.graphql<{
      feedbackCreate: { item: Item | null; errors: { code: string; field: string }[] };
    }>(
      `mutation($i: FeedbackCreateInput!) { feedbackCreate(input: $i) { item { ${ITEM} } errors { code field } } }`,
      { i: input },
    );
  const update = (input: Record<string, unknown>, client = officer) =>
    client.graphql<{
      feedbackUpdate: { item: Item | null; errors: { code: string; field: string }[] };
    }>(
      `mutation($i: FeedbackUpdateInput!) { feedbackUpdate(input: $i) { item { ${ITEM} } errors { code field } } }`,
      { i: input },
    );
  const list = async (filter: Record<string, unknown>) =>
    (
      await officer.graphql<{ feedbackItems: { totalCount: number; edges: { node: Item }[] } }>(
        `query($f: FeedbackFilter) { feedbackItems(filter: $f) { totalCount edges { node { ${ITEM} } } } }`,
        { f: filter },
      )
    ).data!.feedbackItems;
  const count = async () => {
    const [row] = await server.app.orm.em
      .getConnection()
      .execute<{ n: number }[]>('select count(*) as n from feedback_item');
    return Number(row!.n);
  };

  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'feedback-officer');
    manager = await server.userWithRoles(['MANAGER'], 'feedback-manager');
    const b = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
      {
        i: {
          fullName: 'منيرة صالح العنزي',
          nationalId: withCheckDigit('108899001'),
          mobile: '0577778888',
          city: 'حائل',
          gender: 'FEMALE',
        },
      },
    );
    beneficiaryId = b.data!.beneficiaryCreate.beneficiary.id;
    const t = await officer.graphql<{ transactionOpen: { transaction: { reference: string } } }>(
      'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { reference } } }',
      { i: { beneficiaryId, channelKey: 'PHONE', type: 'SUPPORT_REQUEST', subject: 'طلب دعم' } },
    );
    transactionReference = t.data!.transactionOpen.transaction.reference;
  });
  afterAll(async () => server?.stop());

  it('logs a complaint from any channel, tied to a transaction and the policy clause it concerns', async () => {
    const r = await create({
      kind: 'COMPLAINT',
      channelKey: 'PHONE',
      subject: 'تأخر رد لجنة البحث',
      body: 'مضى أكثر من أسبوعين ولم يصلني قرار اللجنة.',
      transactionReference: transactionReference.toLowerCase(),
      clause: 'STEP',
      clauseKey: 'COMMITTEE',
    });
    expect(r.data!.feedbackCreate.errors).toEqual([]);
    expect(r.data!.feedbackCreate.item).toMatchObject({
      kind: 'COMPLAINT',
      source: 'STAFF',
      status: 'NEW',
      transactionReference,
      beneficiaryId,
      clause: 'STEP',
      clauseKey: 'COMMITTEE',
    });
    expect(r.data!.feedbackCreate.item!.reference).toMatch(/^FB-\d{4}-\d{6}$/);
  });

  it('refuses incomplete input and records nothing', async () => {
    const before = await count();
    for (const [input, code, field] of [
      [{ kind: 'SUGGESTION', subject: 'اقتراح', body: '  ' }, 'INVALID_BODY', 'body'],
      [{ kind: 'SUGGESTION', subject: 'ا', body: 'نص' }, 'INVALID_SUBJECT', 'subject'],
      [
        { kind: 'SUGGESTION', subject: 'اقتراح', body: 'نص', clause: 'CHANNEL' },
        'CLAUSE_INCOMPLETE',
        'clauseKey',
      ],
      [
        {
          kind: 'SUGGESTION',
          subject: 'اقتراح',
          body: 'نص',
          transactionReference: 'MSR-1900-000001',
        },
        'NOT_FOUND',
        'transactionReference',
      ],
    ] as const) {
      expect((await create(input)).data!.feedbackCreate.errors).toEqual([{ code, field }]);
    }
    expect(await count()).toBe(before);
  });

  it('moves forward only: reviewed, answered with a response, closed', async () => {
    const created = await create({
      kind: 'SUGGESTION',
      channelKey: 'WEBSITE',
      subject: 'إضافة قناة واتساب',
      body: 'أقترح التواصل عبر واتساب.',
    });
    const id = created.data!.feedbackCreate.item!.id;
    const review = await update({ id, status: 'UNDER_REVIEW', assigneeId: null });
    expect(review.data!.feedbackUpdate.item!.status).toBe('UNDER_REVIEW');
    expect((await update({ id, status: 'ANSWERED' })).data!.feedbackUpdate.errors).toEqual([
      { code: 'RESPONSE_REQUIRED', field: 'response' },
    ]);
    const answered = await update({
      id,
      status: 'ANSWERED',
      response: 'سندرس إضافتها في النسخة القادمة من السياسة.',
    });
    expect(answered.data!.feedbackUpdate.item).toMatchObject({ status: 'ANSWERED' });
    expect(answered.data!.feedbackUpdate.item!.answeredAt).not.toBeNull();
    expect((await update({ id, status: 'NEW' })).data!.feedbackUpdate.errors).toEqual([
      { code: 'INVALID_STATUS_CHANGE', field: 'status' },
    ]);

    // A policy draft answers it; a superseded version cannot.
    await manager.graphql('mutation { policyDraftCreate { errors { code } } }');
    const cited = await update({ id, answeredByPolicyVersion: 2 }, manager);
    expect(cited.data!.feedbackUpdate.item!.answeredByPolicyVersion).toBe(2);
    expect((await list({ answeredByPolicyVersion: 2 })).edges.map((e) => e.node.id)).toEqual([id]);
    const closed = await update({ id, status: 'CLOSED' });
    expect(closed.data!.feedbackUpdate.item!.closedAt).not.toBeNull();
  });

  it('lists and searches (Arabic letter forms folded), newest first', async () => {
    const all = await list({});
    expect(all.totalCount).toBe(2);
    expect(all.edges[0]!.node.kind).toBe('SUGGESTION');
    expect((await list({ kind: 'COMPLAINT' })).totalCount).toBe(1);
    expect((await list({ status: ['CLOSED'] })).totalCount).toBe(1);
    expect((await list({ search: 'واتساب' })).totalCount).toBe(1);
    expect((await list({ search: 'لجنه البحث' })).totalCount).toBe(1); // ة typed as ه
    expect((await list({ search: 'قرار اللجنه' })).totalCount).toBe(1);
    expect((await list({ search: 'قرار واتساب' })).totalCount).toBe(0);
  });
});
