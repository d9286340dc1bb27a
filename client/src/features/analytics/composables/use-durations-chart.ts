import { computed } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import { barsHeight, type DashboardChart, type DashboardContext } from './dashboard-context';
import { groupBarsChart } from './dashboard-charts';

/**
 * Days per step, median and 90th percentile, over the stays that ended in the period: either bar
 * of a step, or its row, opens the transactions whose stays the figures count.
 */
export function useDurationsChart(c: DashboardContext) {
  const { t } = c;
  const durations = computed(() =>
    [...(c.dashboard.value?.stepDurations ?? [])].sort((a, b) => a.position - b.position),
  );
  function link(i: number): RouteLocationRaw | null {
    const s = durations.value[i];
    const days = c.periodEventDays.value;
    if (!s?.transactions || !days) return null;
    return c.transactionsList({ evStep: s.stepKey, ...days });
  }
  const days = (key: 'medianDays' | 'p90Days') => durations.value.map((s) => s[key]);

  return computed<DashboardChart>(() => ({
    name: 'durations',
    title: t('dashboard.charts.durations'),
    subtitle: t('dashboard.charts.durationsHint'),
    option: durations.value.length
      ? groupBarsChart(
          c.frame.value,
          durations.value.map((s) => `${s.position}. ${c.stepName(s.stepKey)}`),
          [
            { name: t('dashboard.charts.medianDays'), data: days('medianDays') },
            { name: t('dashboard.charts.p90Days'), data: days('p90Days') },
          ],
        )
      : null,
    columns: [
      ...c.stepColumns(),
      c.figureColumn('transactions', 'dashboard.charts.transactions'),
      c.figureColumn('median', 'dashboard.charts.medianDays'),
      c.figureColumn('p90', 'dashboard.charts.p90Days'),
    ],
    rows: durations.value.map((s) => ({
      position: s.position,
      step: c.stepName(s.stepKey),
      transactions: s.transactions,
      median: s.medianDays,
      p90: s.p90Days,
    })),
    height: barsHeight(durations.value.length * 1.5),
    period: c.periodSlug.value,
    ...c.drillable((p) => link(p.dataIndex), link),
  }));
}
