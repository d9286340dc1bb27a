import { computed } from 'vue';
import type { DashboardChart, DashboardContext } from './dashboard-context';
import { percentLinesChart } from './dashboard-charts';

/**
 * Satisfaction per month of the trend (the 12 months ending with the period's): CSAT and the response rate. It counts survey links, not
 * transactions, so it has no drill-down.
 */
export function useSatisfactionTrendChart(c: DashboardContext) {
  const { t, fmt } = c;
  const trend = computed(() =>
    [...(c.dashboard.value?.satisfactionTrend ?? [])].sort((a, b) =>
      a.month.localeCompare(b.month),
    ),
  );

  return computed<DashboardChart>(() => ({
    name: 'satisfaction-trend',
    title: t('dashboard.charts.satisfactionTrend'),
    subtitle: c.trendSubtitle(t('dashboard.charts.satisfactionTrendHint')),
    option: trend.value.some((m) => m.figures.invitations > 0)
      ? percentLinesChart(
          c.frame.value,
          trend.value.map((m) => c.monthName(m.month)),
          (['csat', 'responseRate'] as const).map((key) => ({
            name: t(`satisfaction.figures.${key}`),
            data: trend.value.map((m) => m.figures[key] ?? null),
          })),
        )
      : null,
    columns: [
      { key: 'month', label: t('dashboard.charts.month') },
      { key: 'hijri', label: t('dashboard.charts.hijriMonth') },
      c.figureColumn('invitations', 'satisfaction.figures.invitations'),
      c.figureColumn('responses', 'satisfaction.figures.responses'),
      c.figureColumn('responseRate', 'satisfaction.figures.responseRatePct', { percent: true }),
      c.figureColumn('csat', 'satisfaction.figures.csatPct', { percent: true }),
    ],
    rows: trend.value.map((m) => ({
      month: c.monthName(m.month),
      hijri: fmt.periodOtherCalendar('MONTH', m.month),
      invitations: m.figures.invitations,
      responses: m.figures.responses,
      responseRate: m.figures.responseRate ?? null,
      csat: m.figures.csat ?? null,
    })),
    height: 360,
    period: c.periodSlug.value,
  }));
}
