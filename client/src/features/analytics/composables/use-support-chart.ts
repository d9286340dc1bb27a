import { computed, type Ref } from 'vue';
import { barChart } from '@/shared/charts/chart-options';
import type { CsvCell } from '@/shared/charts/csv';
import { useLocalized } from '@/shared/composables/use-localized';
import type { DashboardChart, DashboardContext } from './dashboard-context';
import { channelLegend, LEGEND_ROW, spacedMonths } from './dashboard-charts';

/**
 * Support delivered per month, by support type (stacked deliveries: riyals and items do not add
 * up, deliveries do), over the trend's months; the table gives each type's deliveries and the
 * households served in the month. Counts only: no person, no drill-down to a list of people.
 */
export function useSupportChart(c: DashboardContext, wide: Ref<boolean>) {
  const { t } = c;
  const { tr } = useLocalized();
  const figures = computed(() => c.data.value?.supportFigures.byMonth ?? []);
  const months = computed(() => c.trendMonths.value);
  const types = computed(() => {
    const seen = new Map<string, (typeof figures.value)[number]['supportType']>();
    for (const f of figures.value) seen.set(f.supportType.key, f.supportType);
    return [...seen.values()];
  });
  const deliveries = (month: string, key: string) =>
    figures.value.find((f) => f.month === month && f.supportType.key === key)?.deliveries ?? 0;
  const households = (month: string) =>
    figures.value.reduce((n, f) => (f.month === month ? n + f.households : n), 0);

  return computed<DashboardChart>(() => ({
    name: 'support',
    title: t('dashboard.charts.support'),
    subtitle: c.trendSubtitle(t('dashboard.charts.supportHint')),
    option: figures.value.length
      ? channelLegend(
          spacedMonths(
            barChart(
              c.frame.value,
              months.value.map(c.monthName),
              types.value.map((type) => ({
                name: tr(type.name),
                data: months.value.map((m) => deliveries(m, type.key)),
                stack: 'support',
              })),
              { counts: true },
            ),
          ),
          c.frame.value,
          wide.value,
        )
      : null,
    columns: [
      { key: 'month', label: t('dashboard.charts.month') },
      ...types.value.map((type) => ({
        key: `s_${type.key}`,
        label: tr(type.name),
        format: c.cell.number,
        numeric: true,
      })),
      c.figureColumn('households', 'dashboard.charts.households'),
    ],
    rows: (figures.value.length ? months.value : []).map((m) => {
      const row: Record<string, CsvCell> = { month: c.monthName(m) };
      for (const type of types.value) row[`s_${type.key}`] = deliveries(m, type.key);
      row.households = households(m);
      return row;
    }),
    height: wide.value ? 300 : 300 + types.value.length * LEGEND_ROW,
    period: c.periodSlug.value,
  }));
}
