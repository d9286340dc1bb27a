/**
 * The trend charts' period: a year of months whatever the period of the figures (a month's
 * figures come with the months that led to it), in Riyadh months, and its monthly buckets.
 */
import { RIYADH_OFFSET_MS } from '../common/periods.js';

/** A [from, to) period of instants. */
interface Period {
  from: Date;
  to: Date;
}

/** The first instant of a Riyadh month given as year × 12 + month. */
export const riyadhMonthStart = (index: number) =>
  new Date(Date.UTC(Math.floor(index / 12), index % 12, 1) - RIYADH_OFFSET_MS);

/** The Riyadh month (year × 12 + month) an instant falls in. */
function riyadhMonthOf(d: Date): number {
  const local = new Date(d.getTime() + RIYADH_OFFSET_MS);
  return local.getUTCFullYear() * 12 + local.getUTCMonth();
}

/** Months a trend covers at least. */
export const TREND_MONTHS = 12;

/**
 * The period the trend charts cover, whatever the period of the figures: the twelve Riyadh
 * months ending with the month the period ends in (the last one up to the period's end), or the
 * whole period when it starts earlier. A month's figures thus come with the year that leads to it.
 */
export function trendPeriod(p: Period): Period {
  const yearStart = riyadhMonthStart(
    riyadhMonthOf(new Date(p.to.getTime() - 1)) - TREND_MONTHS + 1,
  );
  return { from: p.from < yearStart ? p.from : yearStart, to: p.to };
}

/** The Riyadh months (YYYY-MM) a period touches, oldest first: the trend charts' buckets. */
export function monthsOf(p: Period): string[] {
  const months: string[] = [];
  const last = riyadhMonthOf(new Date(p.to.getTime() - 1));
  for (let m = riyadhMonthOf(p.from); m <= last; m++) {
    months.push(`${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** One entry per month of the period, in order: the row of a month SQL found, or `empty`. */
export function everyMonth<T extends { month: string }>(
  period: Period,
  rows: T[],
  empty: (month: string) => T,
): T[] {
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  return monthsOf(period).map((m) => byMonth.get(m) ?? empty(m));
}
