/**
 * Reporting periods as calendar days (`YYYY-MM-DD`, inclusive at both ends, as the server's
 * `SatisfactionFilter` takes them). Days are counted in Riyadh time, as the server counts a link's
 * issue day, and computed in UTC so no time zone can shift a day.
 */
export const PERIOD_PRESETS = ['thisMonth', 'lastMonth', 'quarter', 'year', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface DateRange {
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.toISOString().slice(0, 10) === value;
}

function toDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
function toDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
export function addDays(day: string, n: number): string {
  return toDay(new Date(toDate(day).getTime() + n * DAY_MS));
}
/** Days from `from` to `to`, both counted (1 for a single day). */
export function daysIn(range: DateRange): number {
  return Math.round((toDate(range.to).getTime() - toDate(range.from).getTime()) / DAY_MS) + 1;
}

/** Today in Riyadh (the server's reporting day). */
export function todayInRiyadh(now: Date = new Date()): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Riyadh',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

function monthStart(year: number, month0: number): string {
  return toDay(new Date(Date.UTC(year, month0, 1)));
}
function monthEnd(year: number, month0: number): string {
  return toDay(new Date(Date.UTC(year, month0 + 1, 0)));
}

/**
 * The days a preset covers, as of `today`: this month so far, the whole of last month, this
 * quarter so far, this year so far. `custom` has no range of its own.
 */
export function presetRange(preset: Exclude<PeriodPreset, 'custom'>, today: string): DateRange {
  const d = toDate(today);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (preset) {
    case 'thisMonth':
      return { from: monthStart(y, m), to: today };
    case 'lastMonth':
      return { from: monthStart(y, m - 1), to: monthEnd(y, m - 1) };
    case 'quarter':
      return { from: monthStart(y, m - (m % 3)), to: today };
    case 'year':
      return { from: monthStart(y, 0), to: today };
  }
}

/**
 * The period of equal length just before `range`: the same number of days, ending the day
 * before it starts. (Last month's 31 days compare with the 31 days before them.)
 */
export function previousPeriod(range: DateRange): DateRange {
  const length = daysIn(range);
  const to = addDays(range.from, -1);
  return { from: addDays(to, -(length - 1)), to };
}

/**
 * The days a trend covers for a period's figures: the 12 months ending with the month the period
 * ends in (from the first of the month 11 months before), or the period itself when it starts
 * earlier. The dashboard's trends cover the same (the server's `trendPeriod`).
 */
export function trendRange(range: DateRange): DateRange {
  const d = toDate(range.to);
  const yearStart = monthStart(d.getUTCFullYear(), d.getUTCMonth() - 11);
  return { from: range.from < yearStart ? range.from : yearStart, to: range.to };
}

/** A valid range (from ≤ to, both real days), or null. */
export function validRange(from: unknown, to: unknown): DateRange | null {
  if (!isDay(from) || !isDay(to) || from > to) return null;
  return { from, to };
}
