import { computed } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import type { DashboardChart, DashboardContext } from './dashboard-context';
import { complianceChart } from './dashboard-charts';

const onTimePct = (c: { decisions: number; onTime: number }) =>
  c.decisions ? Math.round((c.onTime / c.decisions) * 1000) / 10 : null;

/**
 * Committee-window compliance per month of the trend (the server gives every month): a month's bar (or its point on the on-time line), or its
 * row, opens all its decisions; the on-time and late cells, only those.
 */
export function useComplianceChart(c: DashboardContext) {
  const { t } = c;
  const compliance = computed(() =>
    [...(c.dashboard.value?.committeeCompliance ?? [])].sort((a, b) =>
      a.month.localeCompare(b.month),
    ),
  );
  /**
   * The committee's decisions (approvals and rejections) of a month, clipped to the period; only
   * those on time (`late` false) or late (true) when given. None linked when there are none.
   */
  function link(i: number, late?: boolean): RouteLocationRaw | null {
    const m = compliance.value[i];
    const days = m ? c.monthDays(m.month) : null;
    if (!m || !days) return null;
    const count = late === undefined ? m.decisions : late ? m.decisions - m.onTime : m.onTime;
    if (!count) return null;
    return c.transactionsList({
      ev: 'APPROVED,REJECTED',
      evFrom: days.from,
      evTo: days.to,
      ...(late === undefined ? {} : { late: late ? '1' : '0' }),
    });
  }
  const cellLink = (late: boolean) =>
    c.canDrill.value ? (_row: unknown, i: number) => link(i, late) : undefined;

  return computed<DashboardChart>(() => ({
    name: 'compliance',
    title: t('dashboard.charts.compliance'),
    subtitle: c.trendSubtitle(t('dashboard.charts.complianceHint')),
    option: compliance.value.some((m) => m.decisions > 0)
      ? complianceChart(
          c.frame.value,
          compliance.value.map((m) => c.monthName(m.month)),
          {
            name: t('dashboard.charts.decisions'),
            data: compliance.value.map((m) => m.decisions),
          },
          { name: t('dashboard.charts.onTimePct'), data: compliance.value.map(onTimePct) },
        )
      : null,
    columns: [
      { key: 'month', label: t('dashboard.charts.month') },
      c.figureColumn('decisions', 'dashboard.charts.decisions'),
      c.figureColumn('onTime', 'dashboard.charts.onTime', { link: cellLink(false) }),
      c.figureColumn('late', 'dashboard.charts.late', { link: cellLink(true) }),
      c.figureColumn('pct', 'dashboard.charts.onTimePct', { percent: true }),
    ],
    rows: compliance.value.map((m) => ({
      month: c.monthName(m.month),
      decisions: m.decisions,
      onTime: m.onTime,
      late: m.decisions - m.onTime,
      pct: onTimePct(m),
    })),
    period: c.periodSlug.value,
    ...c.drillable(
      (p) => link(p.dataIndex),
      (i) => link(i),
    ),
  }));
}
