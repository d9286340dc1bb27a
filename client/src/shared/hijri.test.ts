import { describe, expect, it } from 'vitest';
import {
  gregorianOfHijri,
  hijriMonthLabel,
  hijriMonthOf,
  hijriMonthStart,
  hijriOfGregorian,
  parseGregorian,
  spellGregorian,
  spellHijriOfGregorian,
} from './hijri';

const visible = (s: string) => s.replace(/[\u200e\u200f\u061c]/g, '');

describe('Umm al-Qura dates in the browser (the approval dialog fills the Hijri date)', () => {
  it('gives the Hijri day of the board approvals: 2024-08-15 is 1446-02-11, 2025-06-26 is 1447-01-01', () => {
    expect(hijriOfGregorian('2024-08-15')).toBe('1446-02-11');
    expect(hijriOfGregorian('2025-06-26')).toBe('1447-01-01');
  });

  it('finds the Gregorian day of a Hijri date, the other way round', () => {
    expect(gregorianOfHijri('1446-02-11')).toBe('2024-08-15');
    expect(gregorianOfHijri('1447-01-01')).toBe('2025-06-26');
    expect(gregorianOfHijri('1447-01-02')).toBe('2025-06-27');
    // Every day of two years, there and back.
    for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 0, 1); t += 86_400_000) {
      const g = new Date(t).toISOString().slice(0, 10);
      expect(gregorianOfHijri(hijriOfGregorian(g)!)).toBe(g);
    }
  });

  it('refuses days that do not exist', () => {
    expect(parseGregorian('2025-02-29')).toBeNull();
    expect(hijriOfGregorian('2025-13-01')).toBeNull();
    expect(hijriOfGregorian('26/06/2025')).toBeNull();
    expect(gregorianOfHijri('1447-13-01')).toBeNull();
    expect(gregorianOfHijri('1447-01-31')).toBeNull();
    expect(gregorianOfHijri('nonsense')).toBeNull();
  });

  it('spells the day in both calendars and both languages', () => {
    expect(visible(spellGregorian('2025-06-26', 'ar'))).toContain('26 يونيو 2025');
    expect(visible(spellHijriOfGregorian('2025-06-26', 'ar'))).toContain('1 محرم 1447');
    expect(visible(spellGregorian('2025-06-26', 'en'))).toContain('26 June 2025');
    expect(visible(spellHijriOfGregorian('2025-06-26', 'en'))).toContain('Muharram 1, 1447 AH');
    expect(spellGregorian('', 'en')).toBe('');
  });
});

describe('Hijri (Umm al-Qura) month labels of the trend', () => {
  it('finds the first day of a Hijri month', () => {
    // 1 Safar 1446 = 5 August 2024 (the seed's approval, 11 Safar, is 15 August).
    expect(hijriMonthStart(1446, 2)?.toISOString().slice(0, 10)).toBe('2024-08-05');
  });

  it('names the month of a `YYYY-MM` key in both languages', () => {
    expect(hijriMonthLabel('1446-02', 'ar')).toBe('صفر 1446 هـ');
    expect(hijriMonthLabel('1446-02', 'en')).toMatch(/Safar 1446/);
    expect(hijriMonthLabel('not-a-key', 'en')).toBe('not-a-key');
    expect(hijriMonthOf('2024-08-15', 'ar')).toBe('صفر 1446 هـ');
  });
});
