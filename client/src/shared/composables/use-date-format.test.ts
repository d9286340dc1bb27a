import { describe, expect, it } from 'vitest';
import { formatGregorianDate, formatGregorianDateTime, formatHijriDate } from './use-date-format';

// Unicode bidi marks that Intl may insert around numbers; invisible, so ignore them.
const visible = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');

describe('date formatting (Hijri Umm al-Qura and Gregorian, Latin digits)', () => {
  it('shows the board approval day 2024-08-15 as 11 Safar 1446 in Arabic', () => {
    const hijri = visible(formatHijriDate('2024-08-15', 'ar'));
    expect(hijri).toContain('11');
    expect(hijri).toContain('صفر');
    expect(hijri).toContain('1446');
    expect(hijri).toBe('11 صفر 1446 هـ');
  });

  it('shows the same day as Safar 11, 1446 AH in English', () => {
    expect(visible(formatHijriDate('2024-08-15', 'en'))).toBe('Safar 11, 1446 AH');
  });

  it('shows the Gregorian date in both languages', () => {
    expect(visible(formatGregorianDate('2024-08-15', 'ar'))).toBe('15 أغسطس 2024');
    expect(visible(formatGregorianDate('2024-08-15', 'en'))).toBe('15 August 2024');
  });

  it('treats a date without time as a calendar day, whatever the time zone', () => {
    // 2024-01-01 must never become 31 December (UTC midnight read in a western zone).
    expect(visible(formatGregorianDate('2024-01-01', 'en'))).toBe('1 January 2024');
  });

  it('returns an empty string for an invalid date instead of "Invalid Date"', () => {
    expect(formatGregorianDate('not a date', 'en')).toBe('');
    expect(formatHijriDate('', 'ar')).toBe('');
  });

  it('shows a moment with its time, and its Hijri day, in the given time zone', () => {
    const at = '2024-08-15T11:05:00.000Z';
    expect(visible(formatGregorianDateTime(at, 'en', 'Asia/Riyadh'))).toBe('15 Aug 2024, 14:05');
    expect(visible(formatGregorianDateTime(at, 'ar', 'Asia/Riyadh'))).toBe('15 أغسطس 2024، 2:05 م');
    expect(visible(formatHijriDate(at, 'ar', 'Asia/Riyadh'))).toBe('11 صفر 1446 هـ');
    // 22:30 in UTC is already the next day in Riyadh, in both calendars.
    const late = '2024-08-14T22:30:00.000Z';
    expect(visible(formatGregorianDateTime(late, 'en', 'Asia/Riyadh'))).toBe('15 Aug 2024, 01:30');
    expect(visible(formatHijriDate(late, 'en', 'Asia/Riyadh'))).toBe('Safar 11, 1446 AH');
    expect(formatGregorianDateTime('nonsense', 'ar')).toBe('');
  });
});
