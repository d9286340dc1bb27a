import { describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { FIELDS, run, transactionKit } from './transaction-test-kit.js';

describe(`transactions: the committee, refusals, conflicts, reads and audit (${testEngine})`, () => {
  const { k, open, at, ok, required, toCommittee } = transactionKit();

  it('lets only the k.committee decide, always with a reason; a rejection closes it', async () => {
    const t = await toCommittee();
    const staffTries = await run(k.officer, 'transactionDecide', {
      ...at(t),
      decision: 'APPROVE',
      reason: 'ok ok',
    });
    expect(staffTries.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await run(k.committee, 'transactionDecide', {
      ...at(t),
      decision: 'REJECT',
      reason: '',
    });
    expect(noReason.payload!.errors[0]!.code).toBe('REASON_REQUIRED');
    const rejected = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'REJECT',
        reason: 'لا تنطبق الشروط',
        checkedItems: await required('COMMITTEE'),
      }),
    );
    expect(rejected).toMatchObject({ status: 'CLOSED', outcome: 'REJECTED' });
    expect(rejected.timeline.at(-1)).toMatchObject({ kind: 'REJECTED', note: 'لا تنطبق الشروط' });
  });

  it('pauses the k.committee clock while deferred to the applicant', async () => {
    let t = await toCommittee();
    const dueBefore = new Date(t.committeeDueAt!).getTime();
    t = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'DEFER',
        reason: 'ينقص صك الإعالة',
      }),
    );
    expect(t.status).toBe('DEFERRED');
    const twoDaysAgo = new Date(Date.now() - 2 * 86_400_000);
    await k.server.app.orm.em
      .getConnection()
      .execute('update beneficiary_transaction set deferred_at = ? where id = ?', [
        twoDaysAgo,
        Number(t.id),
      ]);
    t = ok(await run(k.officer, 'transactionResume', { ...at(t), note: 'أحضر المستند' }));
    expect(t.status).toBe('AWAITING_COMMITTEE');
    const moved = new Date(t.committeeDueAt!).getTime() - dueBefore;
    expect(Math.round(moved / 86_400_000)).toBe(2);
  });

  it('flags a k.committee decision past its due date as overdue', async () => {
    const t = await toCommittee();
    await k.server.app.orm.em
      .getConnection()
      .execute('update beneficiary_transaction set committee_due_at = ? where id = ?', [
        new Date(Date.now() - 3600_000),
        Number(t.id),
      ]);
    const res = await k.officer.graphql<{
      transactions: { edges: { node: { id: string; committeeOverdue: boolean } }[] };
    }>(
      '{ transactions(filter: { committeeOverdue: true }) { edges { node { id committeeOverdue } } } }',
    );
    expect(res.data!.transactions.edges.map((e) => e.node.id)).toContain(t.id);
    expect(res.data!.transactions.edges.every((e) => e.node.committeeOverdue)).toBe(true);
  });

  it('refuses a transition the step does not allow, with a typed error, and allows withdrawal with a reason', async () => {
    const t = await open('SUPPORT_REQUEST');
    const early = await run(k.officer, 'transactionDeliver', {
      ...at(t),
      serviceDelivered: 'شيء ما',
    });
    expect(early.payload!.errors[0]!.code).toBe('TRANSITION_NOT_ALLOWED');
    const noReason = await run(k.officer, 'transactionWithdraw', { ...at(t), reason: '' });
    expect(noReason.payload!.errors[0]!.code).toBe('REASON_REQUIRED');
    const withdrawn = ok(
      await run(k.officer, 'transactionWithdraw', { ...at(t), reason: 'انتقل إلى مدينة أخرى' }),
    );
    expect(withdrawn).toMatchObject({ status: 'CLOSED', outcome: 'WITHDRAWN' });
    const afterClose = await run(k.officer, 'transactionWithdraw', {
      ...at(withdrawn),
      reason: 'مرة أخرى',
    });
    expect(afterClose.payload!.errors[0]!.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('lets exactly one of two officers advancing at the same moment win; the other gets CONFLICT', async () => {
    const t = await open('SUPPORT_REQUEST');
    const items = await required('RECEPTION');
    const [a, b] = await Promise.all([
      run(k.officer, 'transactionCompleteStep', { ...at(t), checkedItems: items }),
      run(k.officer2, 'transactionCompleteStep', { ...at(t), checkedItems: items }),
    ]);
    for (const r of [a, b]) expect(r.payload?.errors ?? []).toEqual([]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0]!.extensions!.code : 'OK')).sort();
    expect(outcomes).toEqual(['CONFLICT', 'OK']);
    const loser = [a, b].find((r) => r.errors)!;
    expect(loser.errors![0]!.extensions).toMatchObject({
      currentVersion: t.version + 1,
      currentStep: 'VERIFICATION',
    });
    const stale = await run(k.officer, 'transactionWithdraw', { ...at(t), reason: 'نسخة قديمة' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('reads a page of transactions with their relations in a bounded number of statements (no N+1)', async () => {
    // Enough transactions for a page, whichever of this file's tests ran before.
    for (let i = 0; i < 4; i++) await open('SUPPORT_REQUEST');
    const query = `{ transactions(first: 50) { totalCount edges { node { ${FIELDS} beneficiary { fullName } } } } }`;
    k.server.resetQueries();
    const res = await k.officer.graphql<{ transactions: { totalCount: number } }>(query);
    expect(res.errors).toBeUndefined();
    expect(res.data!.transactions.totalCount).toBeGreaterThan(8);
    const selects = k.server.queries.filter((q) => /select /i.test(q));
    // One statement per relation, not one per transaction.
    expect(selects.length).toBeLessThanOrEqual(15);
    // Every beneficiary shown is audited, in one insert for the whole page.
    const auditInserts = k.server.queries.filter((q) => /insert into [`"]audit_entry[`"]/i.test(q));
    expect(auditInserts).toHaveLength(1);
  });

  it('reads the timelines of a page (the committee queue) in one statement of events alone', async () => {
    for (let i = 0; i < 3; i++) await open('SUPPORT_REQUEST');
    const query = '{ transactions(first: 25) { edges { node { id timeline { id kind at } } } } }';
    k.server.resetQueries();
    const res = await k.officer.graphql<{
      transactions: { edges: { node: { timeline: { kind: string }[] } }[] };
    }>(query);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.transactions.edges;
    expect(rows.length).toBeGreaterThan(2);
    for (const { node } of rows) expect(node.timeline[0]!.kind).toBe('OPENED');
    const reads = k.server.queries.filter((q) => /from [`"]transaction_event[`"]/i.test(q));
    expect(reads).toHaveLength(1);
    // Each event's transaction is known by its key: joining every event to its transaction's row
    // again (MikroORM's default for a collection's batch) tripled the statement's time at 1M.
    expect(reads[0]).not.toMatch(/join [`"]beneficiary_transaction[`"]/i);
  });

  it('reads a page’s timelines cut to some kinds in one statement, beside the whole ones', async () => {
    // One deferred by the committee, and one whose first step is completed.
    ok(
      await run(k.committee, 'transactionDecide', {
        ...at(await toCommittee()),
        decision: 'DEFER',
        reason: 'ينقص عقد الإيجار',
        checkedItems: ['REQUEST_STUDIED'],
      }),
    );
    const t = ok(
      await run(k.officer, 'transactionCompleteStep', {
        ...at(await open('SUPPORT_REQUEST')),
        checkedItems: await required('RECEPTION'),
      }),
    );
    const query = `{ transactions(first: 25) { edges { node { id
      opened: timeline(kinds: [OPENED]) { kind }
      queue: timeline(kinds: [REFERRED, DEFERRED]) { kind }
    } } } }`;
    k.server.resetQueries();
    const res = await k.officer.graphql<{
      transactions: {
        edges: { node: { id: string; opened: { kind: string }[]; queue: { kind: string }[] } }[];
      };
    }>(query);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.transactions.edges.map((e) => e.node);
    expect(rows.length).toBeGreaterThanOrEqual(2);
    const reads = k.server.queries.filter((q) => /from [`"]transaction_event[`"]/i.test(q));
    // One statement per set of kinds for the whole page, each asking for those kinds only.
    expect(reads).toHaveLength(2);
    for (const sql of reads) expect(sql).toMatch(/[`"]kind[`"] in/i);
    // The same events as the whole timelines, in the same order.
    const whole = await k.officer.graphql<{
      transactions: { edges: { node: { id: string; timeline: { kind: string }[] } }[] };
    }>('{ transactions(first: 25) { edges { node { id timeline { kind } } } } }');
    const timelines = new Map(
      whole.data!.transactions.edges.map((e) => [e.node.id, e.node.timeline.map((x) => x.kind)]),
    );
    expect(rows.some((r) => r.queue.length > 0)).toBe(true);
    for (const row of rows) {
      const all = timelines.get(row.id)!;
      expect(row.opened.map((e) => e.kind)).toEqual(all.filter((x) => x === 'OPENED'));
      expect(row.queue.map((e) => e.kind)).toEqual(
        all.filter((x) => x === 'REFERRED' || x === 'DEFERRED'),
      );
    }
    // Asked beside the whole timeline, the whole one is still whole.
    const both = await k.officer.graphql<{
      transaction: { all: { kind: string }[]; opened: { kind: string }[] };
    }>(
      `{ transaction(id: "${t.id}") { all: timeline { kind } opened: timeline(kinds: [OPENED]) { kind } } }`,
    );
    expect(both.data!.transaction.all.length).toBeGreaterThan(1);
    expect(both.data!.transaction.opened.map((e) => e.kind)).toEqual(['OPENED']);
  });

  it('lets a manager add and retire referral reasons; retired ones are no longer offered', async () => {
    const manager = await k.server.userWithRoles(['MANAGER'], 'manager-reasons');
    const save = (active: boolean) =>
      manager.graphql<{ referralReasonSave: { referralReason: { key: string; active: boolean } } }>(
        `mutation { referralReasonSave(input: { key: "FORMS", labelAr: "تعبئة النماذج", labelEn: "Filling in forms", active: ${active} }) { referralReason { key active } errors { code } } }`,
      );
    expect((await save(true)).data!.referralReasonSave.referralReason).toEqual({
      key: 'FORMS',
      active: true,
    });
    const offered = async () =>
      (
        await k.officer.graphql<{ referralReasons: { key: string }[] }>(
          '{ referralReasons { key } }',
        )
      ).data!.referralReasons.map((r) => r.key);
    expect(await offered()).toContain('FORMS');
    await save(false);
    expect(await offered()).not.toContain('FORMS');
    const bad = await manager.graphql(
      'mutation { referralReasonSave(input: { key: "bad key", labelAr: "x", labelEn: "x" }) { errors { code } } }',
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('writes one audit row per action, in the same transaction', async () => {
    const [row] = await k.server.app.orm.em
      .getConnection()
      .execute("select count(*) as n from audit_entry where target_type = 'Transaction'");
    const [events] = await k.server.app.orm.em
      .getConnection()
      .execute('select count(*) as n from transaction_event');
    expect(Number((row as { n: number }).n)).toBe(Number((events as { n: number }).n));
  });
});
