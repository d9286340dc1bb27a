import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

interface Row {
  id: string;
  reference: string;
  openedAt: string;
  committeeDueAt: string | null;
  type: string;
  channel: { key: string };
  assignee: { username: string } | null;
}
interface Page {
  transactions: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: Row }[];
  };
}

const LIST = `query List($filter: TransactionFilter, $sort: TransactionSort, $first: Int!, $after: String) {
  transactions(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id reference openedAt committeeDueAt type channel { key } assignee { username } } }
  }
}`;

const DAY = 86_400_000;
const BASE = Date.UTC(2026, 9, 1, 9, 0, 0);

describe(`the transactions list: filters, sorting and keyset pages (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let officer2Id: string;
  const opened: Row[] = [];

  const list = async (variables: Record<string, unknown>) => {
    const res = await officer.graphql<Page>(LIST, { first: 100, ...variables });
    expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
    return res.data!.transactions;
  };
  /** Every row, walking pages of `size` with the cursors. */
  const walk = async (variables: Record<string, unknown>, size: number) => {
    const ids: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 50; guard++) {
      const page: Page['transactions'] = await list({ ...variables, first: size, after });
      ids.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) return ids;
      after = page.pageInfo.endCursor;
    }
    throw new Error('pages never ended');
  };
  const ids = (rows: Row[]) => rows.map((r) => r.id);

  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'list-officer');
    const other = await server.userWithRoles(['STAFF'], 'list-officer2');
    officer2Id = (await other.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
    const people = [
      {
        fullName: 'أحمد بن علي الغامدي',
        nationalId: withCheckDigit('112233445'),
        mobile: '0551234567',
      },
      {
        fullName: 'فاطمة عبدالله الزهراني',
        nationalId: withCheckDigit('298765432'),
        mobile: '0569876543',
      },
    ];
    const beneficiaryIds: string[] = [];
    for (const p of people) {
      const res = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
        'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
        { i: { ...p, city: 'جدة', gender: p.fullName.startsWith('أحمد') ? 'MALE' : 'FEMALE' } },
      );
      beneficiaryIds.push(res.data!.beneficiaryCreate.beneficiary.id);
    }
    const plan = [
      { who: 0, channelKey: 'PHONE', type: 'INQUIRY', mine: true },
      { who: 1, channelKey: 'IN_PERSON', type: 'SUPPORT_REQUEST', mine: true },
      { who: 0, channelKey: 'WEBSITE', type: 'SUPPORT_REQUEST', mine: false },
      { who: 1, channelKey: 'PHONE', type: 'SUPPORT_REQUEST', mine: false },
      { who: 0, channelKey: 'IN_PERSON', type: 'INQUIRY', mine: true },
      { who: 1, channelKey: 'PHONE', type: 'SUPPORT_REQUEST', mine: true },
      { who: 0, channelKey: 'LETTERS', type: 'SUPPORT_REQUEST', mine: false },
    ];
    const conn = server.app.orm.em.getConnection();
    for (const [i, p] of plan.entries()) {
      const res = await officer.graphql<{ transactionOpen: { transaction: Row } }>(
        `mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id reference openedAt committeeDueAt type channel { key } assignee { username } } errors { code } } }`,
        {
          i: {
            beneficiaryId: beneficiaryIds[p.who],
            channelKey: p.channelKey,
            type: p.type,
            subject: `موضوع ${i + 1}`,
            ...(p.mine ? {} : { assigneeId: officer2Id }),
          },
        },
      );
      const row = res.data!.transactionOpen.transaction;
      // Opened on distinct days, not in id order; two share a day to exercise the id tie-break.
      const openedAt = new Date(BASE + [5, 1, 3, 3, 0, 6, 2][i]! * DAY);
      // Committee due dates on some only (the others stay null and sort last).
      const due = [null, 9, 4, null, null, 4, 12][i];
      const dueAt = due === null || due === undefined ? null : new Date(BASE + due * DAY);
      await conn.execute(
        'update beneficiary_transaction set opened_at = ?, committee_due_at = ? where id = ?',
        [openedAt, dueAt, Number(row.id)],
      );
      opened.push({
        ...row,
        openedAt: openedAt.toISOString(),
        committeeDueAt: dueAt?.toISOString() ?? null,
      });
    }
  });
  afterAll(async () => server?.stop());

  const byOpened = (dir: 1 | -1) =>
    [...opened].sort(
      (a, b) =>
        dir * (Date.parse(a.openedAt) - Date.parse(b.openedAt) || Number(a.id) - Number(b.id)),
    );
  const byDue = (dir: 1 | -1) =>
    [...opened].sort((a, b) => {
      if (a.committeeDueAt === null || b.committeeDueAt === null) {
        if (a.committeeDueAt !== b.committeeDueAt) return a.committeeDueAt === null ? 1 : -1;
        return dir * (Number(a.id) - Number(b.id));
      }
      return (
        dir *
        (Date.parse(a.committeeDueAt) - Date.parse(b.committeeDueAt) || Number(a.id) - Number(b.id))
      );
    });
  const byReference = (dir: 1 | -1) =>
    [...opened].sort((a, b) => dir * a.reference.localeCompare(b.reference));

  it.each([
    ['OPENED_AT', 'DESC', () => byOpened(-1)],
    ['OPENED_AT', 'ASC', () => byOpened(1)],
    ['COMMITTEE_DUE_AT', 'ASC', () => byDue(1)],
    ['COMMITTEE_DUE_AT', 'DESC', () => byDue(-1)],
    ['REFERENCE', 'ASC', () => byReference(1)],
    ['REFERENCE', 'DESC', () => byReference(-1)],
  ] as const)(
    'sorts by %s %s, and pages of 2 walk the same order without gaps or repeats',
    async (field, direction, expected) => {
      const sort = { field, direction };
      const whole = await list({ sort });
      expect(ids(whole.edges.map((e) => e.node))).toEqual(ids(expected()));
      expect(await walk({ sort }, 2)).toEqual(ids(expected()));
      expect(await walk({ sort }, 3)).toEqual(ids(expected()));
    },
  );

  it('is newest first when no order is given', async () => {
    expect(ids((await list({})).edges.map((e) => e.node))).toEqual(ids(byOpened(-1)));
  });

  it('filters by channel, type, assignee and the opened-between window, and counts what matches', async () => {
    const phone = await list({ filter: { channelKey: 'PHONE' } });
    expect(phone.totalCount).toBe(3);
    expect(phone.edges.every((e) => e.node.channel.key === 'PHONE')).toBe(true);

    const supportOnPhone = await list({ filter: { channelKey: 'PHONE', type: 'SUPPORT_REQUEST' } });
    expect(supportOnPhone.totalCount).toBe(2);

    const theirs = await list({ filter: { assigneeId: officer2Id } });
    expect(theirs.totalCount).toBe(3);
    expect(theirs.edges.every((e) => e.node.assignee?.username === 'list-officer2')).toBe(true);
    const mine = await list({ filter: { assignedToMe: true } });
    expect(mine.totalCount).toBe(4);
    const contradictory = await list({ filter: { assignedToMe: true, assigneeId: officer2Id } });
    expect(contradictory.totalCount).toBe(0);

    const window = await list({
      filter: {
        openedFrom: new Date(BASE + 2 * DAY).toISOString(),
        openedTo: new Date(BASE + 5 * DAY).toISOString(),
      },
      sort: { field: 'OPENED_AT', direction: 'ASC' },
    });
    // Days 2, 3 and 3; day 5 is excluded (the end is exclusive).
    expect(window.edges.map((e) => Date.parse(e.node.openedAt))).toEqual(
      [2, 3, 3].map((d) => BASE + d * DAY),
    );
  });

  it('searches by beneficiary name with Arabic letter forms folded, by national ID, and by reference', async () => {
    // Typed without hamza: احمد finds أحمد.
    const ahmad = await list({ filter: { search: 'احمد الغامدى' } });
    expect(ahmad.totalCount).toBe(4);
    const fatima = await list({ filter: { search: 'فاطمه' } });
    expect(fatima.totalCount).toBe(3);
    const byNationalId = await list({ filter: { search: '2987' } });
    expect(byNationalId.totalCount).toBe(3);
    const one = opened[3]!;
    const byReference = await list({ filter: { search: one.reference.slice(-6).toLowerCase() } });
    expect(ids(byReference.edges.map((e) => e.node))).toEqual([one.id]);
    const none = await list({ filter: { search: '100%_' } });
    expect(none.totalCount).toBe(0);
  });

  it('refuses a malformed cursor or one from another order with BAD_USER_INPUT', async () => {
    for (const after of ['not-a-cursor', Buffer.from('["k",{},1]').toString('base64url')]) {
      const res = await officer.graphql(LIST, { first: 2, after });
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const dueLast = await list({ sort: { field: 'COMMITTEE_DUE_AT', direction: 'ASC' }, first: 6 });
    const nullCursor = dueLast.edges.at(-1)!.cursor;
    const res = await officer.graphql(LIST, {
      first: 2,
      after: nullCursor,
      sort: { field: 'OPENED_AT', direction: 'DESC' },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
