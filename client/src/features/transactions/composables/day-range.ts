import type { AppLocale } from '@/shared/locale';
import { localeTags } from '@/shared/composables/use-date-format';

/**
 * A run of calendar days (`YYYY-MM-DD`, both counted) in both calendars, as short as the
 * language allows: "1 January – 28 February 2026" and "Rajab 12 – Ramadan 11, 1447 AH"
 * ("1 يناير – 28 فبراير 2026", "12 رجب – 11 رمضان 1447 هـ"). Latin digits, Umm al-Qura months and
 * the days read in UTC, as `useDateFormat` shows single days.
 */
const TAGS = localeTags;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(tag: string): Intl.DateTimeFormat {
  let f = formatters.get(tag);
  if (!f) {
    f = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
    formatters.set(tag, f);
  }
  return f;
}

function range(tag: string, from: Date, to: Date): string {
  const f = formatter(tag);
  return from.getTime() === to.getTime() ? f.format(from) : f.formatRange(from, to);
}

export function formatDayRange(
  from: string,
  to: string,
  locale: AppLocale,
): { gregorian: string; hijri: string } {
  const a = new Date(`${from}T00:00:00Z`);
  const b = new Date(`${to}T00:00:00Z`);
  if (Number.isNaN(a.getTime()) || Number.isNaN(b.getTime())) return { gregorian: '', hijri: '' };
  // formatRange refuses a range that runs backwards: shown as given, each day on its own.
  if (b < a) {
    const f = (tag: string) => `${formatter(tag).format(a)} – ${formatter(tag).format(b)}`;
    return { gregorian: f(TAGS[locale].gregorian), hijri: f(TAGS[locale].hijri) };
  }
  return {
    gregorian: range(TAGS[locale].gregorian, a, b),
    hijri: range(TAGS[locale].hijri, a, b),
  };
}
