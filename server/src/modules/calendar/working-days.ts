/**
 * The working calendar's arithmetic, on Riyadh days (UTC+3, no daylight saving): the working
 * week is Sunday to Thursday, Friday and Saturday are the weekend, and a holiday's days are off.
 * Pure functions over a set of days off; `calendar.service.ts` loads the holidays.
 */

export const DAY_MS = 86_400_000;
const RIYADH_OFFSET_MS = 3 * 3_600_000;

/** The Riyadh day (YYYY-MM-DD) an instant falls on. */
export const riyadhDay = (at: Date): string =>
  new Date(at.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 10);

/** The day after (or `n` days after) a YYYY-MM-DD day. */
export const plusDays = (day: string, n = 1): string =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** Friday or Saturday. */
export const isWeekend = (day: string): boolean => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 5 || weekday === 6;
};

/** A run of days off, first and last included (YYYY-MM-DD). */
export interface DaysOff {
  startDate: string;
  endDate: string;
}

/** The longest window a step may have (policy-draft-rules: 1 to 365 days). */
const MAX_WORKING_DAYS = 365;

export class WorkingCalendar {
  private readonly off: ReadonlySet<string>;

  constructor(holidays: readonly DaysOff[]) {
    const off = new Set<string>();
    for (const h of holidays) {
      for (let d = h.startDate; d <= h.endDate; d = plusDays(d)) off.add(d);
    }
    this.off = off;
  }

  /** A Sunday-to-Thursday day that is no holiday. */
  isWorkingDay(day: string): boolean {
    return !isWeekend(day) && !this.off.has(day);
  }

  /**
   * The instant `n` working days after `from`: the n-th working day after from's Riyadh day, at
   * the same time of day (as a calendar window of n days keeps it). Submitted on Thursday at
   * 10:00 with one working day, it is due on Sunday at 10:00; n = 0 is `from` itself.
   */
  addWorkingDays(from: Date, n: number): Date {
    if (!Number.isInteger(n) || n < 0 || n > MAX_WORKING_DAYS) {
      throw new RangeError(`A working-day count is 0 to ${MAX_WORKING_DAYS}, not ${n}.`);
    }
    let day = riyadhDay(from);
    let moved = 0;
    for (let counted = 0; counted < n;) {
      day = plusDays(day);
      moved++;
      if (this.isWorkingDay(day)) counted++;
    }
    return new Date(from.getTime() + moved * DAY_MS);
  }

  /**
   * Working days from `a` to `b`: those after a's Riyadh day up to b's, b's included (so
   * `workingDaysBetween(from, addWorkingDays(from, n))` is n); negative when b comes first,
   * zero on the same day.
   */
  workingDaysBetween(a: Date, b: Date): number {
    const first = riyadhDay(a);
    const last = riyadhDay(b);
    if (last < first) return -this.countAfter(last, first);
    return this.countAfter(first, last);
  }

  private countAfter(first: string, last: string): number {
    let n = 0;
    for (let d = plusDays(first); d <= last; d = plusDays(d)) if (this.isWorkingDay(d)) n++;
    return n;
  }
}
