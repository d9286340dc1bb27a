import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { run, transactionKit, type Tx } from './transaction-test-kit.js';

/**
 * The research's time limit on the researcher's queue (issue 18, item 5): a referral is due the
 * REFERRAL step's window later (the social research guide's five working days when the policy
 * gives none), counted on the working calendar; the queue reads the working days left, flags the
 * overdue, and sorts by the due date; the return (or a withdrawal) clears it.
 */

const READ = `query($id: ID!) { transaction(id: $id) {
  status referralDueAt referralOverdue referralWorkingDaysLeft
  timeline(kinds: [REFERRED]) { data { windowDays windowUnit } } } }`;
const QUEUE = `query($dir: SortDirection!) { transactions(first: 50,
  filter: { status: [REFERRED] }, sort: { field: REFERRAL_DUE_AT, direction: $dir }) {
  totalCount edges { node { id referralDueAt } } } }`;

/** An instant given in Riyadh time. */
const riyadh = (local: string) => new Date(`${local}+03:00`);
const minute = (at: string | null) => new Date(at!).toISOString().slice(0, 16);

interface Read {
  status: string;
  referralDueAt: string | null;
  referralOverdue: boolean;
  referralWorkingDaysLeft: number | null;
  timeline: { data: { windowDays: number | null; windowUnit: string | null } }[];
}

describe(`the research's due date on the working calendar (${testEngine})`, () => {
  const { k, open, at, ok, complete } = transactionKit();

  const referAt = async (t: Tx, when: Date) => {
    vi.setSystemTime(when);
    return ok(
      await run(k.officer, 'transactionRefer', {
        ...at(t),
        researcherId: k.researcherId,
        reasonKey: 'DOCUMENTS',
      }),
    );
  };
  const read = async (id: string, when: Date) => {
    vi.setSystemTime(when);
    const res = await k.researcher.graphql<{ transaction: Read }>(READ, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.transaction;
  };

  beforeAll(() => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(riyadh('2026-09-01T08:00:00'));
  });
  afterEach(() => vi.setSystemTime(riyadh('2026-09-01T08:00:00')));
  // The test files of a worker share its globals (isolate: false): the next file gets real time,
  // or its users' sessions would start at this file's clock and look idle for weeks.
  afterAll(() => vi.useRealTimers());

  it('referred the day before National Day: five working days skip it and the weekend', async () => {
    const t = await referAt(
      await complete(await open('SUPPORT_REQUEST'), 'RECEPTION'),
      riyadh('2026-09-22T10:00:00'),
    );
    // 24 Sep (Thursday), 27–30 Sep: Wednesday 30 September (National Day, 23 Sep, is off).
    const due = await read(t.id, riyadh('2026-09-22T10:05:00'));
    expect(minute(due.referralDueAt)).toBe(minute('2026-09-30T10:00:00+03:00'));
    expect(due).toMatchObject({
      status: 'REFERRED',
      referralOverdue: false,
      referralWorkingDaysLeft: 5,
      timeline: [{ data: { windowDays: 5, windowUnit: 'WORKING' } }],
    });
    expect(await read(t.id, riyadh('2026-09-30T09:00:00'))).toMatchObject({
      referralOverdue: false,
      referralWorkingDaysLeft: 0,
    });
    // Late: on Thursday 1 October one working day past it, flagged.
    expect(await read(t.id, riyadh('2026-10-01T11:00:00'))).toMatchObject({
      referralOverdue: true,
      referralWorkingDaysLeft: -1,
    });

    // The return clears it: nothing is due once the transaction is back with the officer.
    vi.setSystemTime(riyadh('2026-10-01T11:00:00'));
    const back = ok(
      await run(k.researcher, 'transactionReturnFromReferral', {
        ...at(
          (
            await k.researcher.graphql<{ transaction: Tx }>(
              'query($id: ID!) { transaction(id: $id) { id version } }',
              { id: t.id },
            )
          ).data!.transaction,
        ),
        guidance: 'شُرحت الإجراءات للمستفيد',
      }),
    );
    expect(await read(back.id, riyadh('2026-10-01T11:05:00'))).toMatchObject({
      status: 'OPEN',
      referralDueAt: null,
      referralOverdue: false,
      referralWorkingDaysLeft: null,
    });
  });

  it('sorts the referred by their due date, either way, and clears it on a withdrawal', async () => {
    const late = await referAt(await open('SUPPORT_REQUEST'), riyadh('2026-11-10T09:00:00'));
    const early = await referAt(await open('SUPPORT_REQUEST'), riyadh('2026-11-02T09:00:00'));
    const middle = await referAt(await open('INQUIRY'), riyadh('2026-11-04T09:00:00'));
    const order = async (dir: 'ASC' | 'DESC') => {
      const res = await k.officer.graphql<{
        transactions: { edges: { node: { id: string; referralDueAt: string | null } }[] };
      }>(QUEUE, { dir });
      expect(res.errors).toBeUndefined();
      return res.data!.transactions.edges.map((e) => e.node.id);
    };
    const mine = (ids: string[]) => ids.filter((id) => [late.id, early.id, middle.id].includes(id));
    expect(mine(await order('ASC'))).toEqual([early.id, middle.id, late.id]);
    expect(mine(await order('DESC'))).toEqual([late.id, middle.id, early.id]);

    const withdrawn = ok(
      await run(k.officer, 'transactionWithdraw', { ...at(middle), reason: 'طلب المستفيد سحبها' }),
    );
    expect(await read(withdrawn.id, riyadh('2026-11-05T09:00:00'))).toMatchObject({
      status: 'CLOSED',
      referralDueAt: null,
      referralWorkingDaysLeft: null,
    });
    expect(mine(await order('ASC'))).toEqual([early.id, late.id]);
  });
});

describe(`the research's due date from the step's own window (${testEngine})`, () => {
  const { k, open, at, ok } = transactionKit();

  beforeAll(async () => {
    // A policy that gives the research three calendar days (set before any action reads the
    // version's shape).
    await k.server.app.orm.em
      .fork()
      .getConnection()
      .execute(
        `update handling_step set window_days = 3, window_unit = 'CALENDAR' where key = 'REFERRAL'`,
      );
  });

  it('counts the REFERRAL step’s calendar days, weekends included', async () => {
    const t = await open('SUPPORT_REQUEST');
    const before = Date.now();
    const referred = ok(
      await run(k.officer, 'transactionRefer', {
        ...at(t),
        researcherId: k.researcherId,
        reasonKey: 'DOCUMENTS',
      }),
    );
    const res = await k.officer.graphql<{ transaction: Read }>(READ, { id: referred.id });
    const due = new Date(res.data!.transaction.referralDueAt!).getTime();
    expect(due - before).toBeGreaterThanOrEqual(3 * 86_400_000);
    expect(due - before).toBeLessThan(3 * 86_400_000 + 60_000);
    expect(res.data!.transaction.timeline).toEqual([{ data: { windowDays: 3, windowUnit: null } }]);
  });
});
