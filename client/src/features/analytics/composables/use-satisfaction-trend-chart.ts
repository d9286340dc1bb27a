import { computed } from 'vue';
import type { DashboardChart, DashboardContext } from './dashboard-context';
import { percentLinesChart } from './dashboard-charts';

/**
 * Satisfaction per month of the period: CSAT and the response rate. It counts survey links, not
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
    subtitle: t('dashboard.charts.satisfactionTrendHint'),
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
      {
        key: 'invitations',
        label: t('satisfaction.figures.invitations'),
        format: c.cell.number,
        numeric: true,
      },
      {
        key: 'responses',
        label: t('satisfaction.figures.responses'),
        format: c.cell.number,
        numeric: true,
      },
      {
        key: 'responseRate',
        label: t('satisfaction.figures.responseRatePct'),
        format: c.cell.percent,
        numeric: true,
      },
      {
        key: 'csat',
        label: t('satisfaction.figures.csatPct'),
        format: c.cell.percent,
        numeric: true,
      },
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
