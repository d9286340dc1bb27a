import { addDays, todayInRiyadh } from '@/shared/periods';

/** The dashboard's periods, each ending today (Riyadh time). */
export const DASHBOARD_PRESETS = ['thisMonth', 'last3Months', 'thisYear', 'last12Months'] as const;
export type DashboardPreset = (typeof DASHBOARD_PRESETS)[number];

/** First day of the month `back` months before the month of `today` (`YYYY-MM-DD`). */
function monthStart(today: string, back: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 10);
}

/** Midnight at the start of a Riyadh calendar day (UTC+3, no daylight saving), as ISO. */
function riyadhMidnight(day: string): string {
  return new Date(`${day}T00:00:00+03:00`).toISOString();
}

/**
 * The days a preset covers (inclusive, for display) and the `[from, to)` instants the server's
 * `DashboardPeriod` takes: this month, the last 3 or 12 months (whole months, this one so far),
 * this year so far.
 */
export function dashboardPeriod(preset: DashboardPreset, today: string = todayInRiyadh()) {
  const back = { thisMonth: 0, last3Months: 2, last12Months: 11, thisYear: null }[preset];
  const fromDay = back === null ? `${today.slice(0, 4)}-01-01` : monthStart(today, back);
  return {
    days: { from: fromDay, to: today },
    period: { from: riyadhMidnight(fromDay), to: riyadhMidnight(addDays(today, 1)) },
  };
}
