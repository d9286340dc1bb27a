/**
 * What a person types into a date field, read in either calendar: Gregorian (`2026-12-07`,
 * `7/12/2026`) or Umm al-Qura Hijri (`1448-06-15`, `15/6/1448 هـ`), with Latin, Arabic-Indic or
 * Persian digits. Day, month and year go in the locale's order (day first in both of the app's
 * languages) unless the year comes first; a year under 1600, or a Hijri mark (هـ, AH), means
 * Hijri. The day is always kept as its Gregorian `YYYY-MM-DD`; the Hijri one is found exactly
 * through the browser's Umm al-Qura calendar (`hijri.ts`), which is exact for 1300–1600 AH, so
 * dates are accepted within those years only.
 */
import { formatGregorianDate, formatHijriDate } from '@/shared/composables/use-date-format';
import { gregorianOfHijri, hijriOfGregorian, parseGregorian } from '@/shared/hijri';
import type { AppLocale } from '@/shared/locale';

export type Calendar = 'gregorian' | 'hijri';

/** Why a text is not a date: its shape, a day its calendar does not have, or out of range. */
export type DateInputProblem = 'format' | 'noSuchDay' | 'range';

export type DateInput =
  | { ok: true; iso: string; calendar: Calendar }
  | { ok: false; problem: DateInputProblem; calendar?: Calendar };

/** The first and last Hijri years the browser's Umm al-Qura table covers exactly. */
export const HIJRI_YEARS = { first: 1300, last: 1599 } as const;
/** The Gregorian days of those years: 1 Muharram 1300 to 29 or 30 Dhu al-Hijjah 1599. */
export const DATE_RANGE = {
  from: gregorianOfHijri(`${HIJRI_YEARS.first}-01-01`) ?? '1882-11-12',
  to: lastDayOfHijriYear(HIJRI_YEARS.last),
};

function lastDayOfHijriYear(year: number): string {
  return gregorianOfHijri(`${year}-12-30`) ?? gregorianOfHijri(`${year}-12-29`) ?? '2175-01-01';
}

/** Digits of any script the keyboard may give, as Latin ones; direction marks dropped. */
export function normalizeDigits(text: string): string {
  return text
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
}

const HIJRI_MARK = /\s*(هـ|ه|هجري|هجرية|a\.?\s?h\.?|hijri)\s*$/iu;
const GREGORIAN_MARK = /\s*(م|ميلادي|ميلادية|a\.?\s?d\.?|c\.?\s?e\.?)\s*$/iu;
/** Three numbers with one separator between each: - / . \ or spaces. */
const THREE_NUMBERS = /^(\d{1,4})\s*[-/.\\\s]\s*(\d{1,2})\s*[-/.\\\s]\s*(\d{1,4})$/;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Reads a typed date; an empty text is `null` (no date), not a problem. */
export function parseDateInput(raw: string): DateInput | null {
  let text = normalizeDigits(raw).trim().replace(/[،,]/g, ' ').trim();
  if (!text) return null;
  let mark: Calendar | null = null;
  if (HIJRI_MARK.test(text)) {
    mark = 'hijri';
    text = text.replace(HIJRI_MARK, '');
  } else if (GREGORIAN_MARK.test(text)) {
    mark = 'gregorian';
    text = text.replace(GREGORIAN_MARK, '');
  }
  const m = THREE_NUMBERS.exec(text.trim());
  if (!m) return { ok: false, problem: 'format' };
  const [a, b, c] = [m[1]!, m[2]!, m[3]!];
  let year: number, month: number, day: number;
  if (a.length >= 3 && c.length <= 2) [year, month, day] = [Number(a), Number(b), Number(c)];
  else if (c.length >= 3 && a.length <= 2) [day, month, year] = [Number(a), Number(b), Number(c)];
  else return { ok: false, problem: 'format' }; // a two-digit year, or two years
  const calendar: Calendar = mark ?? (year < 1600 ? 'hijri' : 'gregorian');
  if (calendar === 'hijri' && (year < HIJRI_YEARS.first || year > HIJRI_YEARS.last)) {
    return { ok: false, problem: 'range', calendar };
  }
  if (month < 1 || month > 12 || day < 1 || day > (calendar === 'hijri' ? 30 : 31)) {
    return { ok: false, problem: 'noSuchDay', calendar };
  }
  const typed = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  const iso = calendar === 'hijri' ? gregorianOfHijri(typed) : parseGregorian(typed) && typed;
  if (!iso) return { ok: false, problem: 'noSuchDay', calendar };
  if (iso < DATE_RANGE.from || iso > DATE_RANGE.to)
    return { ok: false, problem: 'range', calendar };
  return { ok: true, iso, calendar };
}

/** Hijri years are marked in the field's text: "15/06/1448 هـ" / "15/06/1448 AH". */
const HIJRI_SUFFIX: Record<AppLocale, string> = { ar: 'هـ', en: 'AH' };

/**
 * A day as the field shows it, in the locale's order (day/month/year): "07/12/2026", or in
 * Hijri "15/06/1448 هـ". Empty for a value that is not a day.
 */
export function formatDateInput(iso: string, calendar: Calendar, locale: AppLocale): string {
  const ymd = calendar === 'hijri' ? hijriOfGregorian(iso) : parseGregorian(iso) && iso;
  if (!ymd) return '';
  const [y, m, d] = ymd.split('-');
  const text = `${d}/${m}/${y}`;
  return calendar === 'hijri' ? `${text} ${HIJRI_SUFFIX[locale]}` : text;
}

/**
 * The same day in the other calendar, spelled out, for the line under the field: under a
 * Gregorian day its Hijri one ("15 جمادى الآخرة 1448 هـ"), under a Hijri day its Gregorian
 * one ("7 ديسمبر 2026").
 */
export function otherCalendarText(iso: string, calendar: Calendar, locale: AppLocale): string {
  return calendar === 'hijri' ? formatGregorianDate(iso, locale) : formatHijriDate(iso, locale);
}
