import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { run, transactionKit, type Tx } from '../transactions/transaction-test-kit.js';

/**
 * A committee window counted in working days: submitted just before National Day or an Eid,
 * the due date skips the holiday and the weekends, and the transaction says how many working
 * days are left. The clock is set (Date only) to the day of each submission.
 */

const LEFT = `query($id: ID!) { transaction(id: $id) {
  committeeDueAt committeeOverdue committeeWorkingDaysLeft currentStep { windowDays windowUnit }
  timeline(kinds: [SUBMITTED_TO_COMMITTEE]) { data { windowDays windowUnit } } } }`;

/** An instant given in Riyadh time. */
const riyadh = (local: string) => new Date(`${local}+03:00`);
/** To the minute (the set clock runs on from the time set, by milliseconds). */
const minute = (at: string | null) => new Date(at!).toISOString().slice(0, 16);

describe(`committee due dates on the working calendar (${testEngine})`, () => {
  const { k, open, at, ok, complete } = transactionKit();

  const attested = async () => {
    let t = await complete(await open('SUPPORT_REQUEST'), 'RECEPTION');
    t = await complete(t, 'VERIFICATION');
    return ok(
      await run(k.officer, 'transactionAttest', {
        ...at(t),
        attestationText: 'أقر بصحة البيانات المقدمة وأنني مسؤول عنها مسؤولية مباشرة.',
        applicantConfirmed: true,
      }),
    );
  };
  const submitAt = async (t: Tx, when: Date) => {
    vi.setSystemTime(when);
    return ok(
      await run(k.officer, 'transactionSubmitToCommittee', {
        ...at(t),
        checkedItems: ['BENEFICIARY_INFORMED'],
      }),
    );
  };
  const read = async (id: string, when: Date) => {
    vi.setSystemTime(when);
    const res = await k.officer.graphql<{
      transaction: {
        committeeDueAt: string;
        committeeOverdue: boolean;
        committeeWorkingDaysLeft: number | null;
        currentStep: { windowDays: number; windowUnit: string };
        timeline: { data: { windowDays: number; windowUnit: string | null } }[];
      };
    }>(LEFT, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.transaction;
  };

  beforeAll(async () => {
    // The association's policy counts the committee's two weeks as 14 working days (set here
    // before any action reads the version's shape; drafts edit it in policy-drafts.api.test).
    await k.server.app.orm.em
      .fork()
      .getConnection()
      .execute(`update handling_step set window_unit = 'WORKING' where key = 'COMMITTEE'`);
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    vi.setSystemTime(riyadh('2026-09-01T08:00:00'));
  });
  afterEach(() => vi.setSystemTime(riyadh('2026-09-01T08:00:00')));
  // The test files of a worker share its globals (isolate: false): the next file gets real time,
  // or its users' sessions would start at this file's clock and look idle for weeks.
  afterAll(() => vi.useRealTimers());

  it('submitted the day before National Day: 14 working days skip it and two weekends', async () => {
    const t = await submitAt(await attested(), riyadh('2026-09-22T10:00:00')); // Tuesday
    // 24 Sep, 27 Sep–1 Oct, 4–8 Oct, 11–13 Oct: Tuesday 13 October (14 calendar days: 6 Oct).
    expect(minute(t.committeeDueAt)).toBe(minute('2026-10-13T10:00:00+03:00'));
    expect(await read(t.id, riyadh('2026-09-22T10:05:00'))).toMatchObject({
      committeeWorkingDaysLeft: 14,
      committeeOverdue: false,
      currentStep: { windowDays: 14, windowUnit: 'WORKING' },
      // The timeline says what the window counted.
      timeline: [{ data: { windowDays: 14, windowUnit: 'WORKING' } }],
    });
    expect((await read(t.id, riyadh('2026-09-23T12:00:00'))).committeeWorkingDaysLeft).toBe(14);
    expect((await read(t.id, riyadh('2026-10-13T09:00:00'))).committeeWorkingDaysLeft).toBe(0);
    expect(await read(t.id, riyadh('2026-10-15T09:00:00'))).toMatchObject({
      committeeWorkingDaysLeft: -2,
      committeeOverdue: true,
    });
  });

  it('submitted just before Eid al-Adha: the four days of Eid and the weekends do not count', async () => {
    const t = await submitAt(await attested(), riyadh('2026-05-25T11:30:00')); // Monday
    // Eid al-Adha 1447 (estimated): Tuesday 26 – Friday 29 May. Then 31 May–4 June,
    // 7–11 June, 14–17 June: Wednesday 17 June.
    expect(minute(t.committeeDueAt)).toBe(minute('2026-06-17T11:30:00+03:00'));
    expect((await read(t.id, riyadh('2026-05-28T09:00:00'))).committeeWorkingDaysLeft).toBe(14);
    expect((await read(t.id, riyadh('2026-06-14T09:00:00'))).committeeWorkingDaysLeft).toBe(3);
  });

  it('a deferral stops the count; resuming moves the due date by the working days waited', async () => {
    let t = await submitAt(await attested(), riyadh('2026-03-15T10:00:00')); // Sunday
    // 16–18 March, Eid al-Fitr 19–22 March, 23–26, 29 Mar–2 Apr, 5–6 April: Monday 6 April.
    expect(minute(t.committeeDueAt)).toBe(minute('2026-04-06T10:00:00+03:00'));
    vi.setSystemTime(riyadh('2026-03-17T10:00:00'));
    t = ok(
      await run(k.committee, 'transactionDecide', {
        ...at(t),
        decision: 'DEFER',
        reason: 'بانتظار تقرير الباحث',
      }),
    );
    expect((await read(t.id, riyadh('2026-03-20T10:00:00'))).committeeWorkingDaysLeft).toBe(12);
    vi.setSystemTime(riyadh('2026-03-24T10:00:00')); // a week later, Eid between
    t = ok(await run(k.officer, 'transactionResume', { ...at(t) }));
    // 18, 23, 24 March lost to the deferral: moved three working days, to Thursday 9 April.
    expect(minute(t.committeeDueAt)).toBe(minute('2026-04-09T10:00:00+03:00'));
    expect((await read(t.id, riyadh('2026-03-24T10:01:00'))).committeeWorkingDaysLeft).toBe(12);
  });

  it('null when not before the committee', async () => {
    const t = await open('INQUIRY');
    expect((await read(t.id, riyadh('2026-09-01T09:00:00'))).committeeWorkingDaysLeft).toBeNull();
  });
});
