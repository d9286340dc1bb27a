import { useAppLocale } from './use-app-locale';
import type { AppLocale } from '@/shared/locale';

/**
 * Dates as the policy shows them: Gregorian and Hijri (Umm al-Qura) for the same day, with
 * Latin digits in both languages. Dates without time (`YYYY-MM-DD`) are calendar days: they are
 * read and formatted in UTC so no time zone can move them to the day before.
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** The Intl tags of both calendars per language (Latin digits). */
export const localeTags: Record<AppLocale, { gregorian: string; hijri: string }> = {
  ar: {
    gregorian: 'ar-SA-u-ca-gregory-nu-latn',
    hijri: 'ar-SA-u-ca-islamic-umalqura-nu-latn',
  },
  en: {
    gregorian: 'en-GB-u-ca-gregory-nu-latn',
    hijri: 'en-u-ca-islamic-umalqura-nu-latn',
  },
};

/** Date and time of a moment: "27 نوفمبر 2026، 3:26 ص" / "27 Nov 2026, 03:26". */
const dateTimeOptions: Record<AppLocale, Intl.DateTimeFormatOptions> = {
  ar: { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  en: { dateStyle: 'medium', timeStyle: 'short' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(
  tag: string,
  timeZone: string | undefined,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): Intl.DateTimeFormat {
  const key = `${tag}|${timeZone ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { ...options, ...(timeZone ? { timeZone } : {}) });
    formatters.set(key, f);
  }
  return f;
}

function parse(value: string): { date: Date; timeZone: string | undefined } | null {
  const dateOnly = DATE_ONLY.test(value);
  const date = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  return { date, timeZone: dateOnly ? 'UTC' : undefined };
}

/** "15 أغسطس 2024" / "15 August 2024"; empty for an invalid date. */
export function formatGregorianDate(value: string, locale: AppLocale): string {
  const parsed = parse(value);
  return parsed ? formatter(localeTags[locale].gregorian, parsed.timeZone).format(parsed.date) : '';
}

/** "11 صفر 1446 هـ" / "Safar 11, 1446 AH"; empty for an invalid date. */
export function formatHijriDate(value: string, locale: AppLocale, timeZone?: string): string {
  const parsed = parse(value);
  return parsed
    ? formatter(localeTags[locale].hijri, timeZone ?? parsed.timeZone).format(parsed.date)
    : '';
}

/**
 * A moment (ISO date-time from the server) as Gregorian date and time in the reader's time zone:
 * "27 نوفمبر 2026، 3:26 ص" / "27 Nov 2026, 03:26"; empty for an invalid value. Its Hijri day is
 * `formatHijriDate(value)` (the same time zone).
 */
export function formatGregorianDateTime(
  value: string,
  locale: AppLocale,
  timeZone?: string,
): string {
  const parsed = parse(value);
  if (!parsed) return '';
  const zone = timeZone ?? parsed.timeZone;
  return formatter(localeTags[locale].gregorian, zone, dateTimeOptions[locale]).format(parsed.date);
}

/** The time of day of a moment where the reader is: "10:42 ص" / "10:42". */
export function formatClockTime(value: Date, locale: AppLocale): string {
  return formatter(localeTags[locale].gregorian, undefined, {
    hour: 'numeric',
    minute: '2-digit',
  }).format(value);
}

/** The formatters bound to the current language. */
export function useDateFormat() {
  const { locale } = useAppLocale();
  return {
    formatGregorian: (value: string) => formatGregorianDate(value, locale.value),
    formatHijri: (value: string) => formatHijriDate(value, locale.value),
    formatGregorianDateTime: (value: string) => formatGregorianDateTime(value, locale.value),
    formatClockTime: (value: Date) => formatClockTime(value, locale.value),
  };
}
