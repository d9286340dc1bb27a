import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { createBeneficiary, openTransaction } from '../../test-support/fixtures.js';

/**
 * What the committee reads beside a request (issue 18, item 6): the beneficiary's transactions
 * opened in the twelve months before it, the latest first, bounded, batched for a page of
 * transactions, and personal: the personal-data roles read it, never an analyst.
 */

const EARLIER = `query($id: ID!, $first: Int) { transaction(id: $id) {
  earlierTransactions(first: $first) { id reference type subject openedAt status outcome } } }`;

const riyadh = (local: string) => new Date(`${local}+03:00`);

describe(`a transaction's earlier transactions (${testEngine})`, () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let committee: GraphQLClient;
  let analyst: GraphQLClient;
  let beneficiaryId: string;
  const opened: Record<string, string> = {};

  const earlier = async (client: GraphQLClient, id: string, first?: number) =>
    client.graphql<{ transaction: { earlierTransactions: { id: string; openedAt: string }[] } }>(
      EARLIER,
      {
        id,
        first,
      },
    );
  const ids = (res: Awaited<ReturnType<typeof earlier>>) => {
    expect(res.errors).toBeUndefined();
    return res.data!.transaction.earlierTransactions.map((t) => t.id);
  };

  beforeAll(async () => {
    server = await TestServer.start();
    staff = await server.userWithRoles(['STAFF'], 'earlier-staff');
    committee = await server.userWithRoles(['COMMITTEE'], 'earlier-committee');
    analyst = await server.userWithRoles(['ANALYST'], 'earlier-analyst');
    beneficiaryId = await createBeneficiary(staff, '105544332');
    const other = await createBeneficiary(staff, '105544331', 'نورة سالم الدوسري');
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    // Thirteen months before the request: outside its twelve months.
    const at = async (key: string, when: string, who = beneficiaryId) => {
      vi.setSystemTime(riyadh(when));
      opened[key] = (await openTransaction(staff, who, 'IN_PERSON')).id;
    };
    await at('tooOld', '2025-05-01T10:00:00');
    await at('first', '2025-07-01T10:00:00');
    await at('second', '2026-03-15T10:00:00');
    await at('others', '2026-04-01T10:00:00', other);
    await at('request', '2026-05-20T10:00:00');
    await at('later', '2026-05-25T10:00:00');
  });
  afterEach(() => vi.setSystemTime(riyadh('2026-06-01T10:00:00')));
  afterAll(async () => {
    vi.useRealTimers();
    await server?.stop();
  });

  it('lists the twelve months before it, the latest first, not itself nor later ones', async () => {
    expect(ids(await earlier(committee, opened.request!))).toEqual([opened.second, opened.first]);
    expect(ids(await earlier(staff, opened.first!))).toEqual([opened.tooOld]);
    expect(ids(await earlier(staff, opened.tooOld!))).toEqual([]);
    expect(ids(await earlier(committee, opened.request!, 1))).toEqual([opened.second]);
    const res = await earlier(committee, opened.request!);
    expect(res.data!.transaction.earlierTransactions[0]).toMatchObject({
      type: 'SUPPORT_REQUEST',
      subject: 'طلب للاختبار',
      status: 'OPEN',
      outcome: null,
    });
    // The clock runs on from the time set, by milliseconds.
    expect(res.data!.transaction.earlierTransactions[0]!.openedAt.slice(0, 16)).toBe(
      '2026-03-15T07:00',
    );
  });

  it('is bounded: 1 to 20', async () => {
    for (const first of [0, 21]) {
      const res = await earlier(committee, opened.request!, first);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('reads a page of transactions’ earlier ones in one statement', async () => {
    const list = `{ transactions(first: 20, filter: { beneficiaryId: "${beneficiaryId}" }) {
      edges { node { id earlierTransactions { id } } } } }`;
    await staff.graphql(list);
    server.resetQueries();
    const res = await staff.graphql<{
      transactions: { edges: { node: { id: string; earlierTransactions: { id: string }[] } }[] };
    }>(list);
    expect(res.errors).toBeUndefined();
    const byId = new Map(
      res.data!.transactions.edges.map((e) => [
        e.node.id,
        e.node.earlierTransactions.map((t) => t.id),
      ]),
    );
    expect(byId.get(opened.later!)).toEqual([opened.request, opened.second, opened.first]);
    expect(byId.get(opened.request!)).toEqual([opened.second, opened.first]);
    // The page, its count, and one read of the earlier ones (no statement per row).
    const reads = server.queries.filter((q) => /from [`"]beneficiary_transaction[`"]/i.test(q));
    expect(reads.length).toBeLessThanOrEqual(3);
  });

  it('is personal: never for an analyst', async () => {
    const refused = await earlier(analyst, opened.request!);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.transaction ?? null).toBeNull();
  });
});
