import { computed, type ComputedRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { RouteLocationRaw } from 'vue-router';
import type { DashboardQuery } from '@/gql/graphql';
import { canAccess } from '@/shared/access';
import type { DrillParams, TableColumn } from '@/shared/charts/ChartCard.vue';
import type { ChartFrame } from '@/shared/charts/chart-options';
import type { CsvCell } from '@/shared/charts/csv';
import type { ChartOption } from '@/shared/charts/echarts';
import { useLocalized } from '@/shared/composables/use-localized';
import { useSession } from '@/shared/composables/use-session';
import { riyadhDaysOf } from '@/shared/periods';
import { useSatisfactionFormat } from '@/features/satisfaction/composables/satisfaction-labels';
import { TRANSACTIONS_ACCESS } from '@/features/transactions';

export type DashboardData = DashboardQuery;
export type DashboardFigures = DashboardQuery['dashboard'];

/** What one of the dashboard's charts gives its ChartCard (the page adds `loading`). */
export interface DashboardChart {
  name: string;
  title: string;
  subtitle: string;
  option: ChartOption | null;
  columns: TableColumn[];
  rows: Record<string, CsvCell>[];
  height?: number;
  period: string;
  drill?: (params: DrillParams) => RouteLocationRaw | null;
  rowLink?: (row: Record<string, CsvCell>, index: number) => RouteLocationRaw | null;
  drillHint?: string;
}

/** A chart's height for `n` horizontal bars. */
export const barsHeight = (n: number) => Math.max(180, n * 44 + 40);

/**
 * What every chart of the dashboard needs: the figures shown, names for the keys they hold, the
 * number formats, and the drill-down to the transactions list (not for an admin, who cannot open
 * it). Reasons, decisions and stays are events of the transactions' timelines, so those go through
 * the list's event condition (`ev`, `reason`, `late`, `evStep`, `evFrom`/`evTo` in Riyadh days).
 */
export function useDashboardContext(data: Ref<DashboardData | null>, periodSlug: Ref<string>) {
  const { t } = useI18n();
  const { tr } = useLocalized();
  const fmt = useSatisfactionFormat();
  const session = useSession();

  const dashboard: ComputedRef<DashboardFigures | null> = computed(
    () => data.value?.dashboard ?? null,
  );
  const stepName = (key: string) => {
    const step = data.value?.handlingSteps.find((s) => s.key === key);
    return step ? tr(step.title) : key;
  };
  const channelName = (key: string) => {
    const channel = data.value?.channels.find((c) => c.key === key);
    return channel ? tr(channel.name) : key;
  };
  const reasonName = (key: string) => {
    const reason = data.value?.referralReasons.find((r) => r.key === key);
    return reason ? tr(reason.label) : key;
  };
  const monthName = (month: string) => fmt.periodLabel('MONTH', month);

  const frame = computed<ChartFrame>(() => ({
    rtl: fmt.locale.value === 'ar',
    format: (v: number) => fmt.number(v),
  }));
  const cell = {
    number: (v: CsvCell) => (typeof v === 'number' ? fmt.number(v) : '—'),
    percent: (v: CsvCell) => (typeof v === 'number' ? fmt.percent(v) : '—'),
  };
  /** A table column of figures (`labelKey` translated), formatted as numbers or percents. */
  const figureColumn = (
    key: string,
    labelKey: string,
    more: Partial<TableColumn> & { percent?: boolean } = {},
  ): TableColumn => {
    const { percent, ...rest } = more;
    return {
      key,
      label: t(labelKey),
      format: percent ? cell.percent : cell.number,
      numeric: true,
      ...rest,
    };
  };
  /** The first two columns of a per-step table: the step's position and its name. */
  const stepColumns = (): TableColumn[] => [
    { key: 'position', label: t('dashboard.charts.position'), numeric: true },
    { key: 'step', label: t('dashboard.charts.step') },
  ];

  const canDrill = computed(() => canAccess(TRANSACTIONS_ACCESS, session.user.value));
  const transactionsList = (query: Record<string, string>): RouteLocationRaw => ({
    path: '/transactions',
    query,
  });
  /** The days of the figures shown (not of a period still loading), both counted. */
  const shownDays = computed(() => (dashboard.value ? riyadhDaysOf(dashboard.value.period) : null));
  /** The days the trends cover: the 12 months ending with the period's, or the period if longer. */
  const trendDays = computed(() =>
    dashboard.value ? riyadhDaysOf(dashboard.value.trendPeriod) : null,
  );
  /** The trends' months (`YYYY-MM`), oldest first: every one a bucket, empty or not. */
  const trendMonths = computed(() => dashboard.value?.trendMonths ?? []);
  /**
   * What a trend chart covers, before its own hint: "Last 12 months · May 2026 – Apr 2027" when
   * the period is shorter (a month's figures with the year that led to it), the months alone when
   * the trend is the period itself.
   */
  function trendSubtitle(hint: string): string {
    const d = dashboard.value;
    const months = trendMonths.value;
    if (!d || !months.length) return hint;
    const range = `${monthName(months[0]!)} – ${monthName(months.at(-1)!)}`;
    const wider = Date.parse(d.trendPeriod.from) < Date.parse(d.period.from);
    return [wider ? t('dashboard.period.last12Months') : null, range, hint]
      .filter(Boolean)
      .join(' · ');
  }
  /**
   * A month's days (`YYYY-MM`), clipped to the trend's days. The dashboard's months are Riyadh's: as
   * the list's `from`/`to` (opened between) they are read in the reader's time zone (the same in
   * Riyadh); as its event condition's `evFrom`/`evTo` in Riyadh's, wherever the reader is.
   */
  function monthDays(month: string): { from: string; to: string } | null {
    const days = trendDays.value;
    const [y, m] = month.split('-').map(Number) as [number, number];
    if (!days || !y || !m) return null;
    const first = `${month}-01`;
    const last = new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
    return { from: first < days.from ? days.from : first, to: last > days.to ? days.to : last };
  }
  /** The period's days shown, as the list's event condition's `evFrom`/`evTo` (Riyadh days). */
  const periodEventDays = computed(() =>
    shownDays.value ? { evFrom: shownDays.value.from, evTo: shownDays.value.to } : null,
  );

  /** The drill-down props of a chart: none when the user cannot open the list. */
  function drillable(
    drill: (p: DrillParams) => RouteLocationRaw | null,
    rowLink: (i: number) => RouteLocationRaw | null,
  ): Pick<DashboardChart, 'drill' | 'rowLink' | 'drillHint'> {
    return canDrill.value
      ? {
          drill,
          rowLink: (_row, i) => rowLink(i),
          drillHint: t('dashboard.charts.drillHint'),
        }
      : { drillHint: t('dashboard.charts.drillHint') };
  }

  return {
    t,
    fmt,
    dashboard,
    data,
    periodSlug,
    stepName,
    channelName,
    reasonName,
    monthName,
    frame,
    cell,
    figureColumn,
    stepColumns,
    canDrill,
    transactionsList,
    monthDays,
    trendMonths,
    trendSubtitle,
    periodEventDays,
    drillable,
  };
}
export type DashboardContext = ReturnType<typeof useDashboardContext>;
