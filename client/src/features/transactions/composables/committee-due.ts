import type { TransactionStatus } from '@/gql/graphql';

const DAY_MS = 86_400_000;

/** Where the committee's clock stands for a transaction. */
export type CommitteeClock =
  | { state: 'none' }
  | { state: 'running'; daysLeft: number }
  | { state: 'overdue'; daysLate: number }
  | { state: 'paused'; daysLeft: number }
  | { state: 'done' };

/**
 * The committee clock: running while awaiting the committee (whole days left, rounded up, so
 * "due today" is 0 only once the due moment is within the day), overdue past the due date,
 * paused while deferred back to the applicant (the server moves the due date on resumption by the
 * time it waited, so the days left are counted from when it was deferred).
 */
export function committeeClock(
  t: { status: TransactionStatus; committeeDueAt?: string | null; committeeOverdue?: boolean },
  now: Date = new Date(),
  deferredAt?: string | null,
): CommitteeClock {
  if (!t.committeeDueAt) return { state: 'none' };
  const due = new Date(t.committeeDueAt).getTime();
  if (t.status === 'DEFERRED') {
    const from = deferredAt ? new Date(deferredAt).getTime() : now.getTime();
    return { state: 'paused', daysLeft: Math.max(0, Math.ceil((due - from) / DAY_MS)) };
  }
  if (t.status !== 'AWAITING_COMMITTEE') return { state: 'done' };
  if (t.committeeOverdue || due < now.getTime()) {
    return { state: 'overdue', daysLate: Math.max(1, Math.ceil((now.getTime() - due) / DAY_MS)) };
  }
  return { state: 'running', daysLeft: Math.max(0, Math.ceil((due - now.getTime()) / DAY_MS)) };
}
