import { beforeAll, describe, expect, it } from 'vitest';
import { testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { run, transactionKit, type Tx } from './transaction-test-kit.js';

const ASSIGN = `mutation($input: TransactionAssignInput!) { transactionAssign(input: $input) {
  transaction { id version assignee { username } canAssign
    timeline { kind actorName note data { assignedFrom assignedFromName assignedTo assignedToName } } }
  errors { code field message } } }`;
const BULK = `mutation($input: TransactionsAssignInput!) { transactionsAssign(input: $input) {
  transactions { id reference assignee { username } }
  errors { code field }
  failures { transactionId reference code } } }`;

interface Assigned {
  transaction: {
    id: string;
    version: number;
    assignee: { username: string } | null;
    canAssign: boolean;
    timeline: {
      kind: string;
      actorName: string;
      note: string | null;
      data: Record<string, unknown> | null;
    }[];
  } | null;
  errors: { code: string; field: string | null }[];
}
interface Bulk {
  transactions: { id: string; assignee: { username: string } | null }[];
  errors: { code: string; field: string | null }[];
  failures: { transactionId: string; reference: string | null; code: string }[];
}

describe(`assigning transactions to another officer (${testEngine})`, () => {
  const { k, open, at, ok } = transactionKit();
  let manager: GraphQLClient;
  let analyst: GraphQLClient;
  const ids: Record<string, string> = {};

  const idOf = async (c: GraphQLClient) =>
    (await c.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
  const assign = async (c: GraphQLClient, input: Record<string, unknown>) => {
    const res = await c.graphql<{ transactionAssign: Assigned }>(ASSIGN, { input });
    return { payload: res.data?.transactionAssign ?? null, codes: codes(res.errors) };
  };
  const bulk = async (c: GraphQLClient, input: Record<string, unknown>) => {
    const res = await c.graphql<{ transactionsAssign: Bulk }>(BULK, { input });
    return { payload: res.data?.transactionsAssign ?? null, codes: codes(res.errors) };
  };
  const codes = (errors?: { extensions?: { code?: unknown } }[]) =>
    (errors ?? []).map((e) => e.extensions?.code);
  const read = async (c: GraphQLClient, id: string) =>
    (
      await c.graphql<{
        transaction: {
          version: number;
          assignee: { username: string } | null;
          canAssign: boolean;
          assignmentCandidates: { username: string }[];
          timeline: { kind: string }[];
        };
      }>(
        `query($id: ID!) { transaction(id: $id) { version assignee { username } canAssign
          assignmentCandidates { username } timeline { kind } } }`,
        { id },
      )
    ).data!.transaction;

  beforeAll(async () => {
    manager = await k.server.userWithRoles(['MANAGER'], 'manager1');
    analyst = await k.server.userWithRoles(['ANALYST'], 'analyst1');
    await k.server.userWithRoles(['STAFF'], 'leaver');
    const admin = await k.server.admin();
    for (const [name, client] of Object.entries({
      officer1: k.officer,
      officer2: k.officer2,
      researcher1: k.researcher,
      researcher2: k.otherResearcher,
      committee1: k.committee,
      manager1: manager,
    })) {
      ids[name] = await idOf(client);
    }
    const users = await admin.graphql<{
      users: { edges: { node: { id: string; username: string } }[] };
    }>('{ users(first: 50) { edges { node { id username } } } }');
    ids.leaver = users.data!.users.edges.find((e) => e.node.username === 'leaver')!.node.id;
    const off = await admin.graphql(
      'mutation($i: UserUpdateInput!) { userUpdate(input: $i) { errors { code } } }',
      { i: { id: ids.leaver, active: false } },
    );
    expect(off.errors).toBeUndefined();
  });

  it('an officer hands their own transaction to a colleague, with who, from, to and why on the timeline and in the audit', async () => {
    const t = await open('SUPPORT_REQUEST');
    const before = await read(k.officer, t.id);
    expect(before.canAssign).toBe(true);
    expect(before.assignmentCandidates.map((u) => u.username)).toEqual(
      expect.arrayContaining(['officer1', 'officer2']),
    );
    expect(before.assignmentCandidates.map((u) => u.username)).not.toContain('leaver');
    expect(before.assignmentCandidates.map((u) => u.username)).not.toContain('researcher1');

    const r = await assign(k.officer, {
      transactionId: t.id,
      assigneeId: ids.officer2,
      reason: 'إجازة',
      expectedVersion: t.version,
    });
    expect(r.codes).toEqual([]);
    expect(r.payload!.errors).toEqual([]);
    const after = r.payload!.transaction!;
    expect(after.assignee).toEqual({ username: 'officer2' });
    expect(after.version).toBe(t.version + 1);
    expect(after.canAssign).toBe(false); // no longer theirs
    expect(after.timeline.at(-1)).toEqual({
      kind: 'ASSIGNED',
      actorName: 'officer1',
      note: 'إجازة',
      data: {
        assignedFrom: 'officer1',
        assignedFromName: 'officer1',
        assignedTo: 'officer2',
        assignedToName: 'officer2',
      },
    });

    // In the new assignee's queue, and theirs to act on.
    const queue = await k.officer2.graphql<{ transactions: { edges: { node: { id: string } }[] } }>(
      '{ transactions(first: 100, filter: { assignedToMe: true }) { edges { node { id } } } }',
    );
    expect(queue.data!.transactions.edges.map((e) => e.node.id)).toContain(t.id);
    expect((await read(k.officer2, t.id)).canAssign).toBe(true);

    const admin = await k.server.admin();
    const audit = await admin.graphql<{
      auditEntries: { edges: { node: Record<string, string> }[] };
    }>(
      `query($t: String!) { auditEntries(first: 5, filter: { action: "transaction.assign", targetId: $t }) {
        edges { node { actorName before after } } } }`,
      { t: t.id },
    );
    const entry = audit.data!.auditEntries.edges[0]!.node;
    expect(entry.actorName).toBe('officer1');
    expect(JSON.parse(entry.before!)).toEqual({ assignee: 'officer1' });
    // The reason is free text: the trail says there was one, not what it said.
    expect(JSON.parse(entry.after!)).toEqual({ assignee: 'officer2', reason: '[text]' });
  });

  it('refuses a colleague taking it, an analyst, a committee member, and a researcher outside a referral', async () => {
    const t = await open('SUPPORT_REQUEST'); // officer1's
    const input = { transactionId: t.id, assigneeId: ids.officer2 };
    expect((await assign(k.officer2, input)).codes).toEqual(['FORBIDDEN']);
    expect((await assign(analyst, input)).codes).toEqual(['FORBIDDEN']);
    expect((await assign(k.committee, input)).codes).toEqual(['FORBIDDEN']);
    expect((await assign(k.researcher, input)).codes).toEqual(['FORBIDDEN']);
    expect(
      (await bulk(analyst, { transactionIds: [t.id], assigneeId: ids.officer2 })).codes,
    ).toEqual(['FORBIDDEN']);
    const now = await read(k.officer2, t.id);
    expect(now).toMatchObject({ assignee: { username: 'officer1' }, canAssign: false });
    expect(now.assignmentCandidates).toEqual([]);
    expect(now.timeline.map((e) => e.kind)).toEqual(['OPENED']);
    // A manager assigns anyone's.
    const byManager = await assign(manager, input);
    expect(byManager.payload!.transaction!.assignee).toEqual({ username: 'officer2' });
  });

  it('refuses a closed transaction, an inactive, unknown or wrong-role assignee, the present one, an unknown transaction and a stale version', async () => {
    const inquiry = await open('INQUIRY');
    const closed = ok(await run(k.officer, 'transactionCloseInquiry', at(inquiry)));
    const onClosed = await assign(manager, { transactionId: closed.id, assigneeId: ids.officer2 });
    expect(onClosed.payload!.errors).toEqual([
      expect.objectContaining({ code: 'TRANSACTION_CLOSED', field: 'transactionId' }),
    ]);
    expect((await read(manager, closed.id)).canAssign).toBe(false);

    const t = await open('SUPPORT_REQUEST');
    for (const assigneeId of [ids.leaver, ids.committee1, ids.researcher1, '999999']) {
      const r = await assign(k.officer, { transactionId: t.id, assigneeId });
      expect(r.payload!.errors, assigneeId).toEqual([
        expect.objectContaining({ code: 'INVALID_ASSIGNEE', field: 'assigneeId' }),
      ]);
    }
    const same = await assign(k.officer, { transactionId: t.id, assigneeId: ids.officer1 });
    expect(same.payload!.errors[0]!.code).toBe('ALREADY_ASSIGNED');
    const unknown = await assign(manager, { transactionId: '999999', assigneeId: ids.officer2 });
    expect(unknown.codes).toEqual(['NOT_FOUND']);
    const stale = await assign(k.officer, {
      transactionId: t.id,
      assigneeId: ids.officer2,
      expectedVersion: t.version - 1 || 999,
    });
    expect(stale.codes).toEqual(['CONFLICT']);
    const long = await assign(k.officer, {
      transactionId: t.id,
      assigneeId: ids.officer2,
      reason: 'x'.repeat(501),
    });
    expect(long.codes).toEqual(['BAD_USER_INPUT']);
    expect((await read(k.officer, t.id)).timeline.map((e) => e.kind)).toEqual(['OPENED']);
  });

  it('while referred, the researcher hands it to another researcher; the officer may not', async () => {
    const t = await open('SUPPORT_REQUEST');
    const referred: Tx = ok(
      await run(k.officer, 'transactionRefer', {
        ...at(t),
        researcherId: k.researcherId,
        reasonKey: 'DOCUMENTS',
      }),
    );
    expect((await read(k.officer, referred.id)).canAssign).toBe(false);
    const mine = await read(k.researcher, referred.id);
    expect(mine.canAssign).toBe(true);
    expect(mine.assignmentCandidates.map((u) => u.username).sort()).toEqual([
      'researcher1',
      'researcher2',
    ]);
    const toOfficer = await assign(k.researcher, { transactionId: t.id, assigneeId: ids.officer2 });
    expect(toOfficer.payload!.errors[0]!.code).toBe('INVALID_ASSIGNEE');
    const handed = await assign(k.researcher, { transactionId: t.id, assigneeId: ids.researcher2 });
    expect(handed.payload!.transaction!.assignee).toEqual({ username: 'researcher2' });
    // The new researcher may now return it (the referral's own rule follows the assignee).
    const actions = await k.otherResearcher.graphql<{
      transaction: { availableActions: string[] };
    }>(`query($id: ID!) { transaction(id: $id) { availableActions } }`, { id: t.id });
    expect(actions.data!.transaction.availableActions).toContain('RETURN_FROM_REFERRAL');
  });

  it('assigns many in one go, all or none, with the reason for each that cannot be', async () => {
    const a = await open('SUPPORT_REQUEST');
    const b = await open('SUPPORT_REQUEST');
    const c = await open('SUPPORT_REQUEST');
    ok(await run(k.officer, 'transactionCloseInquiry', at(await open('INQUIRY'))));
    const inquiry = await open('INQUIRY');
    const closed = ok(await run(k.officer, 'transactionCloseInquiry', at(inquiry)));
    // officer2 owns c: officer1 may not hand it on.
    await assign(manager, { transactionId: c.id, assigneeId: ids.officer2 });

    const refused = await bulk(k.officer, {
      transactionIds: [a.id, b.id, c.id, closed.id, '999999'],
      assigneeId: ids.officer2,
    });
    expect(refused.codes).toEqual([]);
    expect(refused.payload!.transactions).toEqual([]);
    expect(refused.payload!.failures).toEqual([
      { transactionId: c.id, reference: c.reference, code: 'FORBIDDEN' },
      { transactionId: closed.id, reference: closed.reference, code: 'TRANSACTION_CLOSED' },
      { transactionId: '999999', reference: null, code: 'NOT_FOUND' },
    ]);
    expect((await read(k.officer, a.id)).assignee).toEqual({ username: 'officer1' });

    const inactive = await bulk(manager, { transactionIds: [a.id], assigneeId: ids.leaver });
    expect(inactive.payload!.failures.map((f) => f.code)).toEqual(['INVALID_ASSIGNEE']);
    const nobody = await bulk(manager, { transactionIds: [a.id], assigneeId: '999999' });
    expect(nobody.payload!.errors).toEqual([{ code: 'INVALID_ASSIGNEE', field: 'assigneeId' }]);

    const tooMany = Array.from({ length: 101 }, (_, i) => String(i + 1));
    const over = await bulk(manager, { transactionIds: tooMany, assigneeId: ids.officer2 });
    expect(over.codes).toEqual(['BAD_USER_INPUT']);
    expect((await bulk(manager, { transactionIds: [], assigneeId: ids.officer2 })).codes).toEqual([
      'BAD_USER_INPUT',
    ]);

    // A manager takes all three (c is officer2's already: left as it is, no event).
    const done = await bulk(manager, {
      transactionIds: [a.id, b.id, c.id, a.id],
      assigneeId: ids.officer2,
      reason: 'توزيع العمل',
    });
    expect(done.payload!.errors).toEqual([]);
    expect(done.payload!.failures).toEqual([]);
    expect(done.payload!.transactions.map((t) => [t.id, t.assignee!.username])).toEqual([
      [a.id, 'officer2'],
      [b.id, 'officer2'],
      [c.id, 'officer2'],
    ]);
    expect((await read(manager, a.id)).timeline.map((e) => e.kind)).toEqual(['OPENED', 'ASSIGNED']);
    expect((await read(manager, c.id)).timeline.map((e) => e.kind)).toEqual(['OPENED', 'ASSIGNED']);
  });

  it('two managers assigning the same transactions at once: every saved assignment is on the timeline, none lost', async () => {
    const list = [await open('SUPPORT_REQUEST'), await open('SUPPORT_REQUEST')];
    const manager2 = await k.server.userWithRoles(['MANAGER'], 'manager2');
    const transactionIds = list.map((t) => t.id);
    const results = await Promise.all([
      bulk(manager, { transactionIds, assigneeId: ids.officer2 }),
      bulk(manager2, { transactionIds, assigneeId: ids.officer2 }),
    ]);
    for (const r of results) expect(r.codes).toEqual([]);
    const saved = results.filter((r) => r.payload!.transactions.length > 0).length;
    expect(saved).toBeGreaterThanOrEqual(1);
    for (const t of list) {
      const now = await read(manager, t.id);
      expect(now.assignee).toEqual({ username: 'officer2' });
      // One assignment event: the other found it assigned already, or was refused (CONFLICT).
      expect(now.timeline.filter((e) => e.kind === 'ASSIGNED')).toHaveLength(1);
      expect(now.version).toBe(t.version + 1);
    }
    for (const r of results.filter((r) => r.payload!.transactions.length === 0)) {
      expect(r.payload!.errors.map((e) => e.code)).toEqual(['CONFLICT']);
    }
  });
  it('a list asking every row for its candidates reads the users once per role, not once per row', async () => {
    const referred = await open('SUPPORT_REQUEST');
    ok(
      await run(k.officer, 'transactionRefer', {
        ...at(referred),
        researcherId: k.researcherId,
        reasonKey: 'DOCUMENTS',
      }),
    );
    for (let i = 0; i < 5; i++) await open('SUPPORT_REQUEST');
    await manager.graphql('{ me { id } }'); // a due session touch falls outside the count
    k.server.resetQueries();
    const res = await manager.graphql<{
      transactions: { edges: { node: { status: string; assignmentCandidates: unknown[] } }[] };
    }>(
      '{ transactions(first: 50) { edges { node { status assignmentCandidates { username } } } } }',
    );
    const rows = res.data!.transactions.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(rows.some((r) => r.status === 'REFERRED')).toBe(true);
    expect(rows.every((r) => r.status === 'CLOSED' || r.assignmentCandidates.length > 0)).toBe(
      true,
    );
    const userReads = k.server.queries.filter(
      (q) => /from [`"]?app_user[`"]? /i.test(q) && /like/i.test(q),
    );
    // Officers for the open rows, researchers for the referred one: two reads in all.
    expect(userReads).toHaveLength(2);
  });
});
