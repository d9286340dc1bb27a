import { describe, expect, it } from 'vitest';
import { hijriOf, parseIsoDate } from './hijri.js';

describe('Umm al-Qura dates', () => {
  it.each([
    ['2024-08-15', '1446-02-11'], // the policy's board approval
    ['2024-03-11', '1445-09-01'], // 1 Ramadan 1445
    ['2025-06-26', '1447-01-01'], // 1 Muharram 1447
    ['2026-11-27', '1448-06-17'],
  ])('%s is %s', (gregorian, hijri) => {
    expect(hijriOf(gregorian)).toBe(hijri);
  });

  it('refuses days that do not exist', () => {
    expect(parseIsoDate('2025-02-29')).toBeNull();
    expect(hijriOf('2024-13-01')).toBeNull();
    expect(hijriOf('15/08/2024')).toBeNull();
  });
});
