import { describe, expect, it } from 'vitest';
import {
  dashboardPeriod,
  dashboardRange,
  hijriMonthChoices,
  readPeriodQuery,
  riyadhDaysOf,
  switchSelection,
  toPeriodQuery,
} from './period-query';

describe('dashboard periods', () => {
  it('covers whole months up to the end of today in Riyadh', () => {
    expect(dashboardPeriod('thisMonth', '2026-05-18')).toEqual({
      days: { from: '2026-05-01', to: '2026-05-18' },
      period: { from: '2026-04-30T21:00:00.000Z', to: '2026-05-18T21:00:00.000Z' },
    });
    expect(dashboardPeriod('last3Months', '2026-02-10').days.from).toBe('2025-12-01');
    expect(dashboardPeriod('last12Months', '2026-05-18').days.from).toBe('2025-06-01');
    expect(dashboardPeriod('thisYear', '2026-05-18').days.from).toBe('2026-01-01');
  });

  it('takes a custom range of Riyadh days, both counted, only when the start is not after the end', () => {
    expect(dashboardRange({ kind: 'custom', from: '2026-03-01', to: '2026-03-31' })).toEqual({
      days: { from: '2026-03-01', to: '2026-03-31' },
      // Riyadh midnight of the first day to Riyadh midnight after the last.
      period: { from: '2026-02-28T21:00:00.000Z', to: '2026-03-31T21:00:00.000Z' },
    });
    expect(
      dashboardRange({ kind: 'custom', from: '2026-03-01', to: '2026-03-01' })?.period,
    ).toEqual({ from: '2026-02-28T21:00:00.000Z', to: '2026-03-01T21:00:00.000Z' });
    expect(dashboardRange({ kind: 'custom', from: '2026-03-02', to: '2026-03-01' })).toBeNull();
    expect(dashboardRange({ kind: 'custom', from: '', to: '2026-03-01' })).toBeNull();
    expect(dashboardRange({ kind: 'custom', from: '2026-02-30', to: '2026-03-01' })).toBeNull();
  });

  it('maps a Hijri month to the Gregorian days it covers, in Riyadh time', () => {
    // Jumada II 1447: 22 November to 20 December 2025.
    expect(dashboardRange({ kind: 'hijriMonth', month: '1447-06' }, '2026-05-18')).toEqual({
      days: { from: '2025-11-22', to: '2025-12-20' },
      period: { from: '2025-11-21T21:00:00.000Z', to: '2025-12-20T21:00:00.000Z' },
    });
    // Ramadan 1446 (29 days).
    expect(dashboardRange({ kind: 'hijriMonth', month: '1446-09' }, '2026-05-18')?.days).toEqual({
      from: '2025-03-01',
      to: '2025-03-29',
    });
    // The current month runs to today, like "this month"; a month not begun has no range.
    expect(dashboardRange({ kind: 'hijriMonth', month: '1447-06' }, '2025-12-01')?.days).toEqual({
      from: '2025-11-22',
      to: '2025-12-01',
    });
    expect(dashboardRange({ kind: 'hijriMonth', month: '1447-07' }, '2025-12-01')).toBeNull();
  });

  it('reads the days of the period the server compared with', () => {
    expect(
      riyadhDaysOf({ from: '2026-03-31T21:00:00.000Z', to: '2026-04-30T21:00:00.000Z' }),
    ).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    // Round trip with the periods sent.
    const r = dashboardRange({ kind: 'hijriMonth', month: '1447-06' }, '2026-05-18')!;
    expect(riyadhDaysOf(r.period)).toEqual(r.days);
  });

  it('offers the last 18 Hijri months, the current one first', () => {
    const months = hijriMonthChoices('2025-12-01');
    expect(months).toHaveLength(18);
    expect(months[0]).toBe('1447-06');
    expect(months.at(-1)).toBe('1446-01');
  });

  it('keeps the period in the address and reads it back', () => {
    const selections = [
      { kind: 'thisMonth' },
      { kind: 'last12Months' },
      { kind: 'custom', from: '2026-01-01', to: '2026-01-31' },
      { kind: 'hijriMonth', month: '1447-06' },
    ] as const;
    for (const s of selections) {
      const query = toPeriodQuery(s) as Record<string, string>;
      expect(readPeriodQuery(query)).toEqual(s);
    }
    expect(toPeriodQuery({ kind: 'thisMonth' })).toEqual({});
    expect(toPeriodQuery({ kind: 'hijriMonth', month: '1447-06' })).toEqual({
      period: 'hijriMonth',
      month: '1447-06',
    });
    // Anything not understood falls back to this month; bad days are dropped.
    expect(readPeriodQuery({ period: 'lastDecade' })).toEqual({ kind: 'thisMonth' });
    expect(readPeriodQuery({ period: 'hijriMonth', month: '1447-13' })).toEqual({
      kind: 'thisMonth',
    });
    expect(readPeriodQuery({ period: 'custom', from: '2026-02-30', to: 'x' })).toEqual({
      kind: 'custom',
      from: '',
      to: '',
    });
  });

  it('starts a custom range or a Hijri month from the period shown', () => {
    const shown = dashboardPeriod('last3Months', '2025-12-01');
    expect(switchSelection('custom', shown, '2025-12-01')).toEqual({
      kind: 'custom',
      from: '2025-10-01',
      to: '2025-12-01',
    });
    expect(switchSelection('hijriMonth', shown, '2025-12-01')).toEqual({
      kind: 'hijriMonth',
      month: '1447-06',
    });
    expect(switchSelection('thisYear', shown, '2025-12-01')).toEqual({ kind: 'thisYear' });
  });
});
