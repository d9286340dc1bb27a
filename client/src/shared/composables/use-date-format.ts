import { useAppLocale } from './use-app-locale';
import type { AppLocale } from '@/shared/locale';

/**
 * Dates as the policy shows them: Gregorian and Hijri (Umm al-Qura) for the same day, with
 * Latin digits in both languages. Dates without time (`YYYY-MM-DD`) are calendar days: they are
 * read and formatted in UTC so no time zone can move them to the day before.
 */
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

const localeTags: Record<AppLocale, { gregorian: string; hijri: string }> = {
  ar: {
    gregorian: 'ar-SA-u-ca-gregory-nu-latn',
    hijri: 'ar-SA-u-ca-islamic-umalqura-nu-latn',
  },
  en: {
    gregorian: 'en-GB-u-ca-gregory-nu-latn',
    hijri: 'en-u-ca-islamic-umalqura-nu-latn',
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${tag}|${timeZone ?? ''}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { dateStyle: 'long', ...(timeZone ? { timeZone } : {}) });
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
export function formatHijriDate(value: string, locale: AppLocale): string {
  const parsed = parse(value);
  return parsed ? formatter(localeTags[locale].hijri, parsed.timeZone).format(parsed.date) : '';
}

/** The formatters bound to the current language. */
export function useDateFormat() {
  const { locale } = useAppLocale();
  return {
    formatGregorian: (value: string) => formatGregorianDate(value, locale.value),
    formatHijri: (value: string) => formatHijriDate(value, locale.value),
  };
}
