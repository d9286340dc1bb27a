/**
 * The Umm al-Qura (Saudi official) calendar in the browser, from its ICU data: the Hijri day of a
 * Gregorian day and back, both spelled out for a person to check against the board's minutes, and
 * Hijri months by their number (names as `Intl` prints them elsewhere in the app). The server
 * checks approval dates again (`policyApprove` refuses dates that disagree).
 */
import type { AppLocale } from '@/shared/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const TAGS: Record<AppLocale, { gregorian: string; hijri: string }> = {
  ar: { gregorian: 'ar-SA-u-ca-gregory-nu-latn', hijri: 'ar-SA-u-ca-islamic-umalqura-nu-latn' },
  en: { gregorian: 'en-GB-u-ca-gregory-nu-latn', hijri: 'en-u-ca-islamic-umalqura-nu-latn' },
};

/** The one numeric Umm al-Qura formatter every calculation here reads from. */
const NUMERIC = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** Hijri year, month (1–12) and day of a Gregorian day (read at UTC). */
export function hijriParts(date: Date): { year: number; month: number; day: number } {
  const parts = NUMERIC.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  // The related Gregorian year part is not the Hijri year: the "year" part is.
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** A YYYY-MM-DD Gregorian date as UTC midnight, or null when it is not a real calendar day. */
export function parseGregorian(value: string): Date | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value.trim() ? date : null;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The Umm al-Qura date (YYYY-MM-DD) of a Gregorian YYYY-MM-DD day; null when invalid. */
export function hijriOfGregorian(gregorian: string): string | null {
  const date = parseGregorian(gregorian);
  if (!date) return null;
  const h = hijriParts(date);
  return `${pad(h.year, 4)}-${pad(h.month, 2)}-${pad(h.day, 2)}`;
}

/**
 * The Gregorian day (YYYY-MM-DD) of an Umm al-Qura date YYYY-MM-DD; null when there is no such
 * Hijri day (a 30th of a 29-day month, month 13…). Estimated from the mean lengths of the
 * lunar year and month, then found exactly by asking the calendar about the days around it.
 */
export function gregorianOfHijri(hijri: string): string | null {
  const m = ISO_DATE.exec(hijri.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 30) return null;
  const epoch = Date.UTC(622, 6, 19); // 1 Muharram 1 AH, proleptic Gregorian
  const estimate =
    epoch +
    (Math.floor((year - 1) * 354.36667) + Math.floor((month - 1) * 29.530588) + day - 1) * DAY_MS;
  for (let offset = 0; offset <= 20; offset++) {
    for (const sign of offset ? [-1, 1] : [1]) {
      const date = new Date(estimate + sign * offset * DAY_MS);
      const h = hijriParts(date);
      if (h.year === year && h.month === month && h.day === day) {
        return date.toISOString().slice(0, 10);
      }
    }
  }
  return null;
}

/** The Gregorian day a Hijri month begins on (UTC midnight), or null if not found. */
export function hijriMonthStart(year: number, month: number): Date | null {
  // Mean lengths of the lunar year and month from 1 Muharram 1 AH (16 July 622).
  const estimate = Date.UTC(622, 6, 16) + ((year - 1) * 354.367 + (month - 1) * 29.5306) * DAY_MS;
  for (let offset = -20; offset <= 20; offset++) {
    const date = new Date(estimate + offset * DAY_MS);
    const h = hijriParts(date);
    if (h.year === year && h.month === month && h.day === 1) return date;
  }
  return null;
}

/** "الخميس، 26 يونيو 2025" / "Thursday 26 June 2025"; empty for an invalid date. */
export function spellGregorian(gregorian: string, locale: AppLocale): string {
  const date = parseGregorian(gregorian);
  if (!date) return '';
  return new Intl.DateTimeFormat(TAGS[locale].gregorian, {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(date);
}

/** The same day in Umm al-Qura: "الخميس، 1 محرم 1447 هـ" / "Thursday, Muharram 1, 1447 AH". */
export function spellHijriOfGregorian(gregorian: string, locale: AppLocale): string {
  const date = parseGregorian(gregorian);
  if (!date) return '';
  return new Intl.DateTimeFormat(TAGS[locale].hijri, {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(date);
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();
function monthFormatter(locale: AppLocale, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`;
  let f = monthFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale].hijri, {
      timeZone: 'UTC',
      month: 'long',
      ...(withYear ? { year: 'numeric' } : {}),
    });
    monthFormatters.set(key, f);
  }
  return f;
}

/** "رجب 1447 هـ" / "Rajab 1447 AH" for a key `1447-07`; the key itself if it cannot be read. */
export function hijriMonthLabel(key: string, locale: AppLocale): string {
  const m = /^(\d{3,4})-(\d{1,2})$/.exec(key);
  if (!m) return key;
  const start = hijriMonthStart(Number(m[1]), Number(m[2]));
  if (!start) return key;
  // Mid-month, so the formatter's own day rounding can never fall into a neighbouring month.
  const mid = new Date(start.getTime() + 14 * DAY_MS);
  return monthFormatter(locale, true).format(mid);
}

/** The Hijri month and year of a Gregorian day: "ذو القعدة 1447 هـ". */
export function hijriMonthOf(day: string, locale: AppLocale): string {
  return monthFormatter(locale, true).format(new Date(`${day}T00:00:00Z`));
}

/** Today's date (YYYY-MM-DD) where the reader is. */
export function todayIso(now = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}

/** `1447-06` for Jumada II 1447. */
export const hijriMonthKey = (year: number, month: number) => `${pad(year, 4)}-${pad(month, 2)}`;

/** The year and month (1–12) of a `YYYY-MM` Hijri month key, or null when it is not one. */
export function parseHijriMonthKey(key: string): { year: number; month: number } | null {
  const m = /^(\d{4})-(\d{2})$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  return year >= 1 && month >= 1 && month <= 12 ? { year, month } : null;
}

/**
 * The Gregorian days (YYYY-MM-DD, both inclusive) an Umm al-Qura month covers: from its first
 * day to the day before the next month begins. Null for a key that is not a month.
 */
export function hijriMonthRange(key: string): { from: string; to: string } | null {
  const parsed = parseHijriMonthKey(key);
  if (!parsed) return null;
  const { year, month } = parsed;
  const start = hijriMonthStart(year, month);
  const next = hijriMonthStart(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1);
  if (!start || !next) return null;
  return {
    from: start.toISOString().slice(0, 10),
    to: new Date(next.getTime() - DAY_MS).toISOString().slice(0, 10),
  };
}

/**
 * The `count` Umm al-Qura months up to the one `today` (YYYY-MM-DD) falls in, most recent first,
 * as `YYYY-MM` keys: the choices of a "Hijri month" period.
 */
export function recentHijriMonths(today: string, count = 18): string[] {
  const date = parseGregorian(today);
  if (!date) return [];
  let { year, month } = hijriParts(date);
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    keys.push(hijriMonthKey(year, month));
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return keys;
}
