import { hijriOf } from './hijri.js';

/** The association's local time: Riyadh, UTC+3 all year (no daylight saving). */
export const RIYADH_OFFSET_MS = 3 * 3_600_000;

/** Riyadh midnight at the start of a YYYY-MM-DD day. */
export const riyadhMidnight = (day: string): Date =>
  new Date(Date.parse(`${day}T00:00:00Z`) - RIYADH_OFFSET_MS);

/** Calendar keys of a moment, in Riyadh time, stored beside facts so reports group without date functions. */
export interface PeriodKeys {
  /** YYYY-MM-DD */
  day: string;
  /** Monday of its ISO week, YYYY-MM-DD. */
  week: string;
  /** YYYY-MM */
  month: string;
  /** Umm al-Qura month, YYYY-MM. */
  hijriMonth: string;
}

export function periodKeys(at: Date): PeriodKeys {
  const local = new Date(at.getTime() + RIYADH_OFFSET_MS);
  const day = local.toISOString().slice(0, 10);
  const weekday = (local.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const monday = new Date(local.getTime() - weekday * 86_400_000);
  return {
    day,
    week: monday.toISOString().slice(0, 10),
    month: day.slice(0, 7),
    hijriMonth: hijriOf(day)!.slice(0, 7),
  };
}

/** Whole days between two moments, rounded down. */
export const daysBetween = (from: Date, to: Date): number =>
  Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));

/** Handling-time buckets, as reported (days from opening to closing). */
export const HANDLING_BUCKETS = [
  { key: 'D0_1', max: 1 },
  { key: 'D2_7', max: 7 },
  { key: 'D8_14', max: 14 },
  { key: 'D15_30', max: 30 },
  { key: 'D31_PLUS', max: Infinity },
] as const;

export type HandlingBucket = (typeof HANDLING_BUCKETS)[number]['key'];

export const handlingBucket = (days: number): HandlingBucket =>
  HANDLING_BUCKETS.find((b) => days <= b.max)!.key;
