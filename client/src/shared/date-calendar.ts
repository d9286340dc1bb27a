/**
 * The months of the date field's calendar, Gregorian or Umm al-Qura: which month a day falls in,
 * the days (Gregorian `YYYY-MM-DD`) a month covers, the month before or after, its name, and the
 * weekdays' names. Weeks start on Sunday, as in Saudi Arabia.
 */
import { localeTags } from '@/shared/composables/use-date-format';
import type { Calendar } from '@/shared/date-input';
import { hijriMonthKey, hijriMonthLabel, hijriMonthRange, hijriParts } from '@/shared/hijri';
import type { AppLocale } from '@/shared/locale';

const DAY_MS = 86_400_000;

export interface CalendarMonth {
  calendar: Calendar;
  year: number;
  /** 1–12. */
  month: number;
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** `iso` moved by `days` days (negative: back). */
export function addDays(iso: string, days: number): string {
  return isoOf(new Date(utc(iso).getTime() + days * DAY_MS));
}

/** The month of `calendar` that the day falls in. */
export function monthOf(iso: string, calendar: Calendar): CalendarMonth {
  if (calendar === 'hijri') {
    const h = hijriParts(utc(iso));
    return { calendar, year: h.year, month: h.month };
  }
  return { calendar, year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** The Gregorian days of the month, first to last; empty when it cannot be found. */
export function monthDays(m: CalendarMonth): string[] {
  let from: string;
  let to: string;
  if (m.calendar === 'hijri') {
    const range = hijriMonthRange(hijriMonthKey(m.year, m.month));
    if (!range) return [];
    ({ from, to } = range);
  } else {
    from = isoOf(new Date(Date.UTC(m.year, m.month - 1, 1)));
    to = isoOf(new Date(Date.UTC(m.year, m.month, 0)));
  }
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The month `delta` months after (or before) `m`, in the same calendar. */
export function shiftMonth(m: CalendarMonth, delta: number): CalendarMonth {
  const index = m.year * 12 + (m.month - 1) + delta;
  return { calendar: m.calendar, year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The day with the same number in the month `delta` months away (the last day if shorter). */
export function shiftDayByMonths(iso: string, calendar: Calendar, delta: number): string {
  const from = monthOf(iso, calendar);
  const dayIndex = monthDays(from).indexOf(iso);
  const days = monthDays(shiftMonth(from, delta));
  if (!days.length) return iso;
  return days[Math.min(dayIndex, days.length - 1)]!;
}

/** "ديسمبر 2026" / "December 2026", "جمادى الآخرة 1448 هـ" / "Jumada II 1448 AH". */
export function monthTitle(m: CalendarMonth, locale: AppLocale): string {
  if (m.calendar === 'hijri') return hijriMonthLabel(hijriMonthKey(m.year, m.month), locale);
  return new Intl.DateTimeFormat(localeTags[locale].gregorian, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(m.year, m.month - 1, 15)));
}

/** Sunday first: the weekday (0 = Sunday) a day falls on. */
export const weekdayOf = (iso: string) => utc(iso).getUTCDay();

/** The seven weekdays from Sunday: short name for the header, long name for screen readers. */
export function weekdayNames(locale: AppLocale): { short: string; long: string }[] {
  const tag = localeTags[locale].gregorian;
  const short = new Intl.DateTimeFormat(tag, { weekday: 'narrow', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'UTC' });
  // 2026-12-06 is a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const date = utc(addDays('2026-12-06', i));
    return { short: short.format(date), long: long.format(date) };
  });
}

/**
 * The month as weeks of seven cells from Sunday, each a day (with its number in the month's
 * calendar and in the other one) or null before the first and after the last day.
 */
export function monthWeeks(
  m: CalendarMonth,
): ({ iso: string; day: number; otherDay: number } | null)[][] {
  const days = monthDays(m);
  if (!days.length) return [];
  const cells: ({ iso: string; day: number; otherDay: number } | null)[] = [];
  for (let i = 0; i < weekdayOf(days[0]!); i++) cells.push(null);
  days.forEach((iso, i) =>
    cells.push({
      iso,
      day: i + 1,
      otherDay: m.calendar === 'hijri' ? Number(iso.slice(8, 10)) : hijriParts(utc(iso)).day,
    }),
  );
  while (cells.length % 7) cells.push(null);
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}
