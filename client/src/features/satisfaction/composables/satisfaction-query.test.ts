import { describe, expect, it } from 'vitest';
import type { LocationQuery } from 'vue-router';
import { dashboardRange, readPeriodQuery, toPeriodQuery } from '@/shared/periods';
import {
  readSatisfactionQuery,
  satisfactionDays,
  switchSatisfactionSelection,
  toSatisfactionQuery,
  type SatisfactionView,
} from './satisfaction-query';

const TODAY = '2026-05-18';
const DEFAULT_VIEW: SatisfactionView = {
  period: { kind: 'thisMonth' },
  channelKey: null,
  transactionType: null,
  mode: null,
  trendBy: 'MONTH',
  metric: 'csat',
};
/** The query as the address gives it back (every value a string). */
const asQuery = (view: SatisfactionView) => toSatisfactionQuery(view) as LocationQuery;

describe('satisfaction page: the view in the address', () => {
  it('leaves the address empty for the default view and reads an empty one as the default', () => {
    expect(toSatisfactionQuery(DEFAULT_VIEW)).toEqual({});
    expect(readSatisfactionQuery({})).toEqual(DEFAULT_VIEW);
  });

  it('reads back every view it writes', () => {
    const views: SatisfactionView[] = [
      { ...DEFAULT_VIEW, period: { kind: 'lastMonth' } },
      { ...DEFAULT_VIEW, period: { kind: 'quarter' }, metric: 'nps' },
      { ...DEFAULT_VIEW, period: { kind: 'last3Months' }, channelKey: 'PHONE' },
      { ...DEFAULT_VIEW, period: { kind: 'thisYear' }, transactionType: 'SUPPORT_REQUEST' },
      { ...DEFAULT_VIEW, period: { kind: 'last12Months' }, mode: 'STAFF_ASSISTED' },
      { ...DEFAULT_VIEW, period: { kind: 'custom', from: '2026-01-01', to: '2026-01-31' } },
      { ...DEFAULT_VIEW, period: { kind: 'custom', from: '2026-01-01', to: '' } },
      {
        period: { kind: 'hijriMonth', month: '1447-06' },
        channelKey: 'WALK_IN',
        transactionType: 'INQUIRY',
        mode: 'SELF',
        trendBy: 'HIJRI_MONTH',
        metric: 'meanOverall',
      },
    ];
    for (const view of views) {
      expect(readSatisfactionQuery(asQuery(view)), JSON.stringify(view)).toEqual(view);
    }
    expect(
      toSatisfactionQuery({
        ...DEFAULT_VIEW,
        period: { kind: 'hijriMonth', month: '1447-06' },
        channelKey: 'PHONE',
        trendBy: 'WEEK',
        metric: 'responseRate',
      }),
    ).toEqual({
      period: 'hijriMonth',
      month: '1447-06',
      channel: 'PHONE',
      trend: 'WEEK',
      metric: 'responseRate',
    });
  });

  it("writes the dashboard's periods as the dashboard does, and reads the dashboard's address", () => {
    const dashboardQueries: LocationQuery[] = [
      {},
      { period: 'last3Months' },
      { period: 'thisYear' },
      { period: 'last12Months' },
      { period: 'custom', from: '2026-02-01', to: '2026-02-14' },
      { period: 'hijriMonth', month: '1446-09' },
    ];
    for (const query of dashboardQueries) {
      const view = readSatisfactionQuery(query);
      expect(view.period).toEqual(readPeriodQuery(query));
      expect(toSatisfactionQuery(view)).toEqual(toPeriodQuery(readPeriodQuery(query)));
      // The same days as the dashboard counts.
      expect(satisfactionDays(view.period, TODAY)).toEqual(
        dashboardRange(readPeriodQuery(query), TODAY)?.days ?? null,
      );
    }
  });

  it('ignores what it does not recognise', () => {
    expect(
      readSatisfactionQuery({
        period: 'lastWeek',
        channel: 'phone; drop table',
        type: 'COMPLAINT',
        mode: 'EMAIL',
        trend: 'DAY',
        metric: 'invitations',
      }),
    ).toEqual(DEFAULT_VIEW);
    // A Hijri month that is not one: this month.
    expect(readSatisfactionQuery({ period: 'hijriMonth', month: '1447-13' }).period).toEqual({
      kind: 'thisMonth',
    });
    // Days that are not days are left empty (the page says the range is not valid).
    expect(
      readSatisfactionQuery({ period: 'custom', from: '2026-02-30', to: 'tomorrow' }).period,
    ).toEqual({ kind: 'custom', from: '', to: '' });
    // Repeated parameters: the first counts.
    expect(readSatisfactionQuery({ period: ['quarter', 'lastMonth'], mode: ['SELF'] })).toEqual({
      ...DEFAULT_VIEW,
      period: { kind: 'quarter' },
      mode: 'SELF',
    });
  });

  it('maps each period to the days the server filters by', () => {
    const days = (query: LocationQuery) =>
      satisfactionDays(readSatisfactionQuery(query).period, TODAY);
    expect(days({})).toEqual({ from: '2026-05-01', to: TODAY });
    expect(days({ period: 'lastMonth' })).toEqual({ from: '2026-04-01', to: '2026-04-30' });
    expect(days({ period: 'quarter' })).toEqual({ from: '2026-04-01', to: TODAY });
    expect(days({ period: 'last3Months' })).toEqual({ from: '2026-03-01', to: TODAY });
    expect(days({ period: 'thisYear' })).toEqual({ from: '2026-01-01', to: TODAY });
    expect(days({ period: 'last12Months' })).toEqual({ from: '2025-06-01', to: TODAY });
    // Jumada II 1447: 22 November to 20 December 2025.
    expect(days({ period: 'hijriMonth', month: '1447-06' })).toEqual({
      from: '2025-11-22',
      to: '2025-12-20',
    });
    expect(days({ period: 'custom', from: '2026-03-01', to: '2026-03-01' })).toEqual({
      from: '2026-03-01',
      to: '2026-03-01',
    });
    // Not valid (yet): no days, nothing asked of the server.
    expect(days({ period: 'custom', from: '2026-03-02', to: '2026-03-01' })).toBeNull();
    expect(days({ period: 'custom', from: '2026-03-02' })).toBeNull();
  });

  it('starts another kind of period from the days shown', () => {
    const shown = { from: '2025-11-25', to: '2025-12-10' };
    expect(switchSatisfactionSelection('custom', shown, TODAY)).toEqual({
      kind: 'custom',
      ...shown,
    });
    // The Hijri month the days shown end in (10 December 2025: Jumada II 1447).
    expect(switchSatisfactionSelection('hijriMonth', shown, TODAY)).toEqual({
      kind: 'hijriMonth',
      month: '1447-06',
    });
    expect(switchSatisfactionSelection('quarter', shown, TODAY)).toEqual({ kind: 'quarter' });
    expect(switchSatisfactionSelection('last12Months', null, TODAY)).toEqual({
      kind: 'last12Months',
    });
    expect(switchSatisfactionSelection('custom', null, TODAY)).toEqual({
      kind: 'custom',
      from: TODAY,
      to: TODAY,
    });
  });
});
