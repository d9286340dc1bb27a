import { computed, type Ref } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import type { DrillParams } from '@/shared/charts/ChartCard.vue';
import { barChart } from '@/shared/charts/chart-options';
import type { CsvCell } from '@/shared/charts/csv';
import type { DashboardChart, DashboardContext } from './dashboard-context';
import { channelLegend, LEGEND_ROW, spacedMonths } from './dashboard-charts';

/**
 * Transactions opened per month and channel (stacked), over the trend's months (every month a
 * bar, none where none were opened): a bar segment, or a cell of the table, opens the channel's
 * transactions of the month; a month's row, all of them.
 */
export function useVolumeChart(c: DashboardContext, wide: Ref<boolean>) {
  const { t } = c;
  const volume = computed(() => c.dashboard.value?.volumeByChannel ?? []);
  const months = computed(() => c.trendMonths.value);
  const channels = computed(() => {
    const keys = new Set(volume.value.map((v) => v.channelKey));
    const ordered = (c.data.value?.channels ?? []).map((ch) => ch.key).filter((k) => keys.has(k));
    return [...ordered, ...[...keys].filter((k) => !ordered.includes(k))];
  });
  const count = (month: string, channel: string) =>
    volume.value.find((v) => v.month === month && v.channelKey === channel)?.count ?? 0;

  const total = (month: string) =>
    volume.value.reduce((n, v) => (v.month === month ? n + v.count : n), 0);
  /** A month's row: all its transactions (none linked when it has none). */
  const rowLink = (month: string | undefined) => (month && total(month) ? link(month) : null);
  const link = (month: string | undefined, channel?: string): RouteLocationRaw | null => {
    const days = month ? c.monthDays(month) : null;
    if (!days) return null;
    return c.transactionsList({ ...(channel ? { channel } : {}), ...days });
  };
  /** A cell of the table: the channel in the month (none linked when it has none). */
  function cellLink(i: number, channel: string): RouteLocationRaw | null {
    const month = months.value[i];
    return month && count(month, channel) ? link(month, channel) : null;
  }
  /** A bar segment: its channel (the series) in its month. */
  const drill = (p: DrillParams) => {
    const channel = p.seriesIndex === undefined ? undefined : channels.value[p.seriesIndex];
    return channel ? link(months.value[p.dataIndex], channel) : null;
  };

  return computed<DashboardChart>(() => ({
    name: 'volume',
    title: t('dashboard.charts.volume'),
    subtitle: c.trendSubtitle(t('dashboard.charts.volumeHint')),
    option: volume.value.length
      ? channelLegend(
          spacedMonths(
            barChart(
              c.frame.value,
              months.value.map(c.monthName),
              channels.value.map((ch) => ({
                name: c.channelName(ch),
                data: months.value.map((m) => count(m, ch)),
                stack: 'volume',
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
      ...channels.value.map((ch) => ({
        key: `c_${ch}`,
        label: c.channelName(ch),
        format: c.cell.number,
        numeric: true,
        link: c.canDrill.value ? (_row: unknown, i: number) => cellLink(i, ch) : undefined,
      })),
      c.figureColumn('total', 'dashboard.charts.total'),
    ],
    rows: (volume.value.length ? months.value : []).map((m) => {
      const row: Record<string, CsvCell> = { month: c.monthName(m) };
      let total = 0;
      for (const ch of channels.value) {
        row[`c_${ch}`] = count(m, ch);
        total += count(m, ch);
      }
      row.total = total;
      return row;
    }),
    // Taller on a narrow screen, where the channels' legend stands above the bars.
    height: wide.value ? 300 : 300 + channels.value.length * LEGEND_ROW,
    period: c.periodSlug.value,
    ...c.drillable(drill, (i) => rowLink(months.value[i])),
  }));
}
