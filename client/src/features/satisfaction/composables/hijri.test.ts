import { describe, expect, it } from 'vitest';
import { hijriMonthLabel, hijriMonthOf, hijriMonthStart } from './hijri';

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
