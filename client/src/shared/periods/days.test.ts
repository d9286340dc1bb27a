import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysIn,
  isDay,
  presetRange,
  previousPeriod,
  todayInRiyadh,
  validRange,
} from './days';

describe('reporting periods: the comparison is with the previous period of equal length', () => {
  it('takes the same number of days just before the period', () => {
    // This month so far (18 days) against the 18 days before it.
    expect(previousPeriod({ from: '2026-05-01', to: '2026-05-18' })).toEqual({
      from: '2026-04-13',
      to: '2026-04-30',
    });
    // A whole 31-day month against the 31 days before it (not "the calendar month before").
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
    });
    // One day against the day before, across a year boundary.
    expect(previousPeriod({ from: '2026-01-01', to: '2026-01-01' })).toEqual({
      from: '2025-12-31',
      to: '2025-12-31',
    });
    // Leap day counted.
    const leap = { from: '2024-03-01', to: '2024-03-10' };
    expect(previousPeriod(leap)).toEqual({ from: '2024-02-20', to: '2024-02-29' });
    expect(daysIn(previousPeriod(leap))).toBe(daysIn(leap));
  });

  it('computes the presets as of a day', () => {
    expect(presetRange('thisMonth', '2026-05-18')).toEqual({
      from: '2026-05-01',
      to: '2026-05-18',
    });
    expect(presetRange('lastMonth', '2026-03-10')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(presetRange('lastMonth', '2026-01-10')).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
    expect(presetRange('quarter', '2026-05-18')).toEqual({ from: '2026-04-01', to: '2026-05-18' });
    expect(presetRange('year', '2026-05-18')).toEqual({ from: '2026-01-01', to: '2026-05-18' });
  });

  it('counts days in Riyadh time, as the server does', () => {
    // 22:30 UTC on 31 May is already 1 June in Riyadh (UTC+3).
    expect(todayInRiyadh(new Date('2026-05-31T22:30:00Z'))).toBe('2026-06-01');
    expect(todayInRiyadh(new Date('2026-05-31T20:30:00Z'))).toBe('2026-05-31');
  });

  it('accepts only real days with the start before the end', () => {
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2024-02-29')).toBe(true);
    expect(validRange('2026-05-10', '2026-05-01')).toBeNull();
    expect(validRange('2026-05-01', '')).toBeNull();
    expect(validRange('2026-05-01', '2026-05-01')).toEqual({
      from: '2026-05-01',
      to: '2026-05-01',
    });
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});
