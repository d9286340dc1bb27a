/**
 * The Umm al-Qura (Saudi official) calendar in the browser, from its ICU data: the Hijri day of a
 * Gregorian day and back, and both spelled out for a person to check against the board's minutes.
 * The server checks the same thing again (`policyApprove` refuses dates that disagree).
 */
import type { AppLocale } from '@/shared/locale';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

const UMM_AL_QURA = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** A YYYY-MM-DD Gregorian date as UTC midnight, or null when it is not a real calendar day. */
export function parseGregorian(value: string): Date | null {
  const m = ISO_DATE.exec(value.trim());
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value.trim() ? date : null;
}

function hijriPartsOf(date: Date): { year: number; month: number; day: number } {
  const parts = Object.fromEntries(
    UMM_AL_QURA.formatToParts(date).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  return { year: Number(parts.year), month: Number(parts.month), day: Number(parts.day) };
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** The Umm al-Qura date (YYYY-MM-DD) of a Gregorian YYYY-MM-DD day; null when invalid. */
export function hijriOfGregorian(gregorian: string): string | null {
  const date = parseGregorian(gregorian);
  if (!date) return null;
  const h = hijriPartsOf(date);
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
      const h = hijriPartsOf(date);
      if (h.year === year && h.month === month && h.day === day) {
        return date.toISOString().slice(0, 10);
      }
    }
  }
  return null;
}

const fullTags: Record<AppLocale, { gregorian: string; hijri: string }> = {
  ar: { gregorian: 'ar-SA-u-ca-gregory-nu-latn', hijri: 'ar-SA-u-ca-islamic-umalqura-nu-latn' },
  en: { gregorian: 'en-GB-u-ca-gregory-nu-latn', hijri: 'en-u-ca-islamic-umalqura-nu-latn' },
};

/** "الخميس، 26 يونيو 2025" / "Thursday 26 June 2025"; empty for an invalid date. */
export function spellGregorian(gregorian: string, locale: AppLocale): string {
  const date = parseGregorian(gregorian);
  if (!date) return '';
  return new Intl.DateTimeFormat(fullTags[locale].gregorian, {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(date);
}

/** The same day in Umm al-Qura: "الخميس، 1 محرم 1447 هـ" / "Thursday, Muharram 1, 1447 AH". */
export function spellHijriOfGregorian(gregorian: string, locale: AppLocale): string {
  const date = parseGregorian(gregorian);
  if (!date) return '';
  return new Intl.DateTimeFormat(fullTags[locale].hijri, {
    dateStyle: 'full',
    timeZone: 'UTC',
  }).format(date);
}

/** Today's date (YYYY-MM-DD) where the reader is. */
export function todayIso(now = new Date()): string {
  return `${pad(now.getFullYear(), 4)}-${pad(now.getMonth() + 1, 2)}-${pad(now.getDate(), 2)}`;
}
