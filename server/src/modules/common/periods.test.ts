import { describe, expect, it } from 'vitest';
import { handlingBucket, periodKeys } from './periods.js';

describe('period keys in Riyadh time', () => {
  it('puts 22:30 UTC on the next Riyadh day, with its ISO week, month and Hijri month', () => {
    expect(periodKeys(new Date('2024-08-14T22:30:00Z'))).toEqual({
      day: '2024-08-15',
      week: '2024-08-12',
      month: '2024-08',
      hijriMonth: '1446-02',
    });
  });

  it('starts weeks on Monday', () => {
    expect(periodKeys(new Date('2026-11-29T10:00:00Z')).week).toBe('2026-11-23'); // a Sunday
    expect(periodKeys(new Date('2026-11-30T10:00:00Z')).week).toBe('2026-11-30'); // a Monday
  });

  it('buckets handling times', () => {
    expect([0, 1, 2, 7, 8, 14, 15, 30, 31, 400].map(handlingBucket)).toEqual([
      'D0_1',
      'D0_1',
      'D2_7',
      'D2_7',
      'D8_14',
      'D8_14',
      'D15_30',
      'D15_30',
      'D31_PLUS',
      'D31_PLUS',
    ]);
  });
});
