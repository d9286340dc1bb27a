import { describe, expect, it } from 'vitest';
import { dashboardPeriod } from './dashboard-period';

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
});
