/** Umm al-Qura (Saudi official) calendar dates, from the runtime's ICU data. */
const UMM_AL_QURA = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A YYYY-MM-DD Gregorian date as a UTC Date, or null when it is not a real calendar day. */
export function parseIsoDate(value: string): Date | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === value ? date : null;
}

/** The Umm al-Qura date (YYYY-MM-DD) of a Gregorian YYYY-MM-DD day, or null when invalid. */
export function hijriOf(gregorian: string): string | null {
  const date = parseIsoDate(gregorian);
  if (!date) return null;
  const parts = Object.fromEntries(
    UMM_AL_QURA.formatToParts(date).map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const pad = (v: string | undefined, n: number) => (v ?? '').padStart(n, '0');
  return `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
}
