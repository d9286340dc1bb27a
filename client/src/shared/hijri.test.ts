import { describe, expect, it } from 'vitest';
import {
  gregorianOfHijri,
  hijriMonthLabel,
  hijriMonthOf,
  hijriMonthStart,
  hijriMonthRange,
  hijriOfGregorian,
  parseGregorian,
  parseHijriMonthKey,
  recentHijriMonths,
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

describe('Hijri months as periods (the dashboard\'s "Hijri month" choice)', () => {
  it('maps a month to the Gregorian days it covers, both inclusive', () => {
    // Ramadan 1446: 1 March to 29 March 2025 (29 days; 1 Shawwal was 30 March).
    expect(hijriMonthRange('1446-09')).toEqual({ from: '2025-03-01', to: '2025-03-29' });
    // Muharram 1447 begins on 26 June 2025 (the policy's second approval) and has 30 days.
    expect(hijriMonthRange('1447-01')).toEqual({ from: '2025-06-26', to: '2025-07-25' });
    // Dhu al-Hijjah ends the day before the next year's Muharram.
    expect(hijriMonthRange('1446-12')).toEqual({ from: '2025-05-28', to: '2025-06-25' });
    expect(hijriMonthRange('1447-06')).toEqual({ from: '2025-11-22', to: '2025-12-20' });
  });

  it('gives consecutive months with no gap and no overlap', () => {
    const keys = recentHijriMonths('2026-05-18', 18).reverse();
    for (let i = 1; i < keys.length; i++) {
      const before = hijriMonthRange(keys[i - 1]!)!;
      const after = hijriMonthRange(keys[i]!)!;
      const next = new Date(Date.parse(`${before.to}T00:00:00Z`) + 86_400_000);
      expect(next.toISOString().slice(0, 10)).toBe(after.from);
      const days = (Date.parse(after.to) - Date.parse(after.from)) / 86_400_000 + 1;
      expect([29, 30]).toContain(days);
    }
  });

  it('lists the last 18 months, most recent first, across the year boundary', () => {
    const months = recentHijriMonths('2025-12-01');
    expect(months).toHaveLength(18);
    expect(months[0]).toBe('1447-06');
    expect(months[5]).toBe('1447-01');
    expect(months[6]).toBe('1446-12');
    expect(months[17]).toBe('1446-01');
    // The first day of a month already belongs to it.
    expect(recentHijriMonths('2025-06-26', 2)).toEqual(['1447-01', '1446-12']);
    expect(recentHijriMonths('2025-06-25', 1)).toEqual(['1446-12']);
    expect(recentHijriMonths('not a day')).toEqual([]);
  });

  it('names the choices as a person reads them and refuses keys that are not months', () => {
    expect(hijriMonthLabel('1447-06', 'ar')).toBe('جمادى الآخرة 1447 هـ');
    expect(hijriMonthLabel('1447-06', 'en')).toBe('Jumada II 1447 AH');
    expect(parseHijriMonthKey('1447-13')).toBeNull();
    expect(parseHijriMonthKey('1447-6')).toBeNull();
    expect(hijriMonthRange('1447-00')).toBeNull();
  });
});
