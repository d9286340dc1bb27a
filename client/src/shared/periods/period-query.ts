import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { hijriMonthRange, parseHijriMonthKey, recentHijriMonths } from '@/shared/hijri';
import { addDays, isDay, todayInRiyadh, validRange, type DateRange } from './days';

/** The dashboard's periods, each ending today (Riyadh time). */
export const DASHBOARD_PRESETS = ['thisMonth', 'last3Months', 'thisYear', 'last12Months'] as const;
export type DashboardPreset = (typeof DASHBOARD_PRESETS)[number];

/** How many Umm al-Qura months the "Hijri month" choice offers (the current one first). */
export const HIJRI_MONTH_CHOICES = 18;

/**
 * The period the dashboard shows: a preset ending today, any run of days (`custom`, both days
 * counted; `from`/`to` may be empty or reversed while being typed, see dashboardRange), or one
 * Umm al-Qura month (`month` as `YYYY-MM`, e.g. `1447-06` for Jumada II 1447).
 */
export type DashboardSelection =
  | { kind: DashboardPreset }
  | { kind: 'custom'; from: string; to: string }
  | { kind: 'hijriMonth'; month: string };
export type DashboardSelectionKind = DashboardSelection['kind'];
export const DASHBOARD_SELECTION_KINDS: readonly DashboardSelectionKind[] = [
  ...DASHBOARD_PRESETS,
  'custom',
  'hijriMonth',
];

/**
 * Any page's period, as the period picker takes it: a preset of the page's (the dashboard's, or the
 * satisfaction page's, which has two more), a run of days or an Umm al-Qura month.
 */
export type PeriodSelection =
  | { kind: string }
  | { kind: 'custom'; from: string; to: string }
  | { kind: 'hijriMonth'; month: string };

/** The days shown (inclusive) and the `[from, to)` instants the server's `DashboardPeriod` takes. */
export interface DashboardRange {
  days: DateRange;
  period: { from: string; to: string };
}

/** First day of the month `back` months before the month of `today` (`YYYY-MM-DD`). */
function monthStart(today: string, back: number): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 - back, 1)).toISOString().slice(0, 10);
}

/** Midnight at the start of a Riyadh calendar day (UTC+3, no daylight saving), as ISO. */
export function riyadhMidnight(day: string): string {
  return new Date(`${day}T00:00:00+03:00`).toISOString();
}

/** Riyadh days, first and last counted, as the server's `[from, to)` period. */
export function riyadhPeriod(days: DateRange): DashboardRange {
  return {
    days,
    period: { from: riyadhMidnight(days.from), to: riyadhMidnight(addDays(days.to, 1)) },
  };
}

/** The Riyadh days (both counted) of a server `[from, to)` period, e.g. `previousPeriod`. */
export function riyadhDaysOf(period: { from: string; to: string }): DateRange {
  return {
    from: todayInRiyadh(new Date(period.from)),
    to: todayInRiyadh(new Date(Date.parse(period.to) - 1)),
  };
}

/**
 * The days a preset covers (inclusive, for display) and the `[from, to)` instants the server's
 * `DashboardPeriod` takes: this month, the last 3 or 12 months (whole months, this one so far),
 * this year so far.
 */
export function dashboardPeriod(
  preset: DashboardPreset,
  today: string = todayInRiyadh(),
): DashboardRange {
  const back = { thisMonth: 0, last3Months: 2, last12Months: 11, thisYear: null }[preset];
  const fromDay = back === null ? `${today.slice(0, 4)}-01-01` : monthStart(today, back);
  return riyadhPeriod({ from: fromDay, to: today });
}

/**
 * The range of any selection, or null when a custom range is not valid yet (a day missing, or
 * the first day after the last) or the Hijri month is unknown. The current Hijri month ends
 * today, as "this month" does; a month that has not begun has no range.
 */
export function dashboardRange(
  selection: DashboardSelection,
  today: string = todayInRiyadh(),
): DashboardRange | null {
  switch (selection.kind) {
    case 'custom': {
      const days = validRange(selection.from, selection.to);
      return days ? riyadhPeriod(days) : null;
    }
    case 'hijriMonth': {
      const days = hijriMonthRange(selection.month);
      if (!days || days.from > today) return null;
      return riyadhPeriod({ from: days.from, to: days.to > today ? today : days.to });
    }
    default:
      return dashboardPeriod(selection.kind, today);
  }
}

/** The Hijri months offered, most recent first (`YYYY-MM` keys). */
export function hijriMonthChoices(today: string = todayInRiyadh()): string[] {
  return recentHijriMonths(today, HIJRI_MONTH_CHOICES);
}

function one(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

/**
 * Reads the period from the address (`?period=last12Months`, `?period=custom&from=…&to=…`,
 * `?period=hijriMonth&month=1447-06`); anything unknown falls back to this month.
 */
export function readPeriodQuery(query: LocationQuery): DashboardSelection {
  const kind = one(query.period);
  if (kind === 'custom') {
    const from = one(query.from);
    const to = one(query.to);
    return { kind, from: isDay(from) ? from : '', to: isDay(to) ? to : '' };
  }
  if (kind === 'hijriMonth') {
    const month = one(query.month);
    if (parseHijriMonthKey(month)) return { kind, month };
  }
  if ((DASHBOARD_PRESETS as readonly string[]).includes(kind)) {
    return { kind: kind as DashboardPreset };
  }
  return { kind: 'thisMonth' };
}

/** The address's query for a selection (nothing for the default, this month). */
export function toPeriodQuery(selection: DashboardSelection): LocationQueryRaw {
  switch (selection.kind) {
    case 'thisMonth':
      return {};
    case 'custom':
      return {
        period: 'custom',
        ...(selection.from ? { from: selection.from } : {}),
        ...(selection.to ? { to: selection.to } : {}),
      };
    case 'hijriMonth':
      return { period: 'hijriMonth', month: selection.month };
    default:
      return { period: selection.kind };
  }
}

/**
 * The selection of another kind, starting from what is shown now: a custom range starts as the
 * current days, a Hijri month as the month the current period ends in (if offered).
 */
export function switchSelection(
  kind: DashboardSelectionKind,
  current: DashboardRange | null,
  today: string = todayInRiyadh(),
): DashboardSelection {
  if (kind === 'custom') {
    return { kind, from: current?.days.from ?? today, to: current?.days.to ?? today };
  }
  if (kind === 'hijriMonth') {
    const choices = hijriMonthChoices(today);
    const end = current?.days.to ?? today;
    const month = choices.find((m) => {
      const r = hijriMonthRange(m);
      return !!r && r.from <= end && end <= r.to;
    });
    return { kind, month: month ?? choices[0]! };
  }
  return { kind };
}
