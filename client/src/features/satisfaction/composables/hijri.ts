/**
 * Hijri (Umm al-Qura) months by their number, read from the browser's own calendar data, so the
 * names are the ones `Intl` prints elsewhere in the app.
 */
import type { AppLocale } from '@/shared/locale';

const TAGS: Record<AppLocale, string> = {
  ar: 'ar-SA-u-ca-islamic-umalqura-nu-latn',
  en: 'en-u-ca-islamic-umalqura-nu-latn',
};

const numeric = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** Hijri year, month (1–12) and day of a Gregorian day. */
export function hijriParts(date: Date): { year: number; month: number; day: number } {
  const parts = numeric.formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? NaN);
  // The related Gregorian year part is not the Hijri year: the "year" part is.
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** The Gregorian day a Hijri month begins on (UTC midnight), or null if not found. */
export function hijriMonthStart(year: number, month: number): Date | null {
  // Mean lengths of the lunar year and month from 1 Muharram 1 AH (16 July 622).
  const estimate =
    Date.UTC(622, 6, 16) + ((year - 1) * 354.367 + (month - 1) * 29.5306) * 86_400_000;
  for (let offset = -20; offset <= 20; offset++) {
    const date = new Date(estimate + offset * 86_400_000);
    const h = hijriParts(date);
    if (h.year === year && h.month === month && h.day === 1) return date;
  }
  return null;
}

const monthFormatters = new Map<string, Intl.DateTimeFormat>();
function monthFormatter(locale: AppLocale, withYear: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withYear}`;
  let f = monthFormatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(TAGS[locale], {
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
  const mid = new Date(start.getTime() + 14 * 86_400_000);
  return monthFormatter(locale, true).format(mid);
}

/** The Hijri month and year of a Gregorian day: "ذو القعدة 1447 هـ". */
export function hijriMonthOf(day: string, locale: AppLocale): string {
  return monthFormatter(locale, true).format(new Date(`${day}T00:00:00Z`));
}
