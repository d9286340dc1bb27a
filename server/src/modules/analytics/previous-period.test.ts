import { describe, expect, it } from 'vitest';
import { previousPeriod, riyadhDays } from './dashboard.service.js';

const p = (from: string, to: string) => ({ from: new Date(from), to: new Date(to) });
const iso = (x: { from: Date; to: Date }) => [x.from.toISOString(), x.to.toISOString()];

describe('the period a dashboard figure is compared with', () => {
  it('is the month before a whole Riyadh month, whatever their lengths', () => {
    expect(
      iso(previousPeriod(p('2026-03-01T00:00:00+03:00', '2026-04-01T00:00:00+03:00'))),
    ).toEqual(['2026-01-31T21:00:00.000Z', '2026-02-28T21:00:00.000Z']);
  });

  it('is the quarter before a quarter and the year before a year', () => {
    expect(
      iso(previousPeriod(p('2026-01-01T00:00:00+03:00', '2026-04-01T00:00:00+03:00'))),
    ).toEqual(['2025-09-30T21:00:00.000Z', '2025-12-31T21:00:00.000Z']);
    expect(
      iso(previousPeriod(p('2026-01-01T00:00:00+03:00', '2027-01-01T00:00:00+03:00'))),
    ).toEqual(['2024-12-31T21:00:00.000Z', '2025-12-31T21:00:00.000Z']);
  });

  it('is the same length just before any other period', () => {
    expect(
      iso(previousPeriod(p('2026-03-10T00:00:00+03:00', '2026-03-17T00:00:00+03:00'))),
    ).toEqual(['2026-03-02T21:00:00.000Z', '2026-03-09T21:00:00.000Z']);
  });

  it('covers the Riyadh days of a period, its end exclusive', () => {
    expect(riyadhDays(p('2026-03-01T00:00:00+03:00', '2026-04-01T00:00:00+03:00'))).toEqual({
      first: '2026-03-01',
      last: '2026-03-31',
    });
  });
});
