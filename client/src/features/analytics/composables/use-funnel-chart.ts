import { computed } from 'vue';
import type { DrillParams } from '@/shared/charts/ChartCard.vue';
import { barsHeight, type DashboardChart, type DashboardContext } from './dashboard-context';
import { countBarChart } from './dashboard-charts';

/** The statuses the funnel and the "open" card count: every one but CLOSED. */
export const OPEN_STATUSES = 'OPEN,REFERRED,AWAITING_COMMITTEE,DEFERRED';

/** The funnel: open transactions per step, each bar opening its step's open transactions. */
export function useFunnelChart(c: DashboardContext) {
  const { t } = c;
  const funnel = computed(() =>
    [...(c.dashboard.value?.funnel ?? [])].sort((a, b) => a.position - b.position),
  );
  /** A step's open transactions (none linked when it has none: an empty list says nothing more). */
  const link = (step: { stepKey: string; count: number } | undefined) =>
    step?.count ? c.transactionsList({ step: step.stepKey, status: OPEN_STATUSES }) : null;

  return computed<DashboardChart>(() => ({
    name: 'funnel',
    title: t('dashboard.charts.funnel'),
    subtitle: t('dashboard.charts.funnelHint'),
    option: funnel.value.some((s) => s.count > 0)
      ? countBarChart(
          c.frame.value,
          funnel.value.map((s) => `${s.position}. ${c.stepName(s.stepKey)}`),
          { name: t('dashboard.charts.openTransactions'), data: funnel.value.map((s) => s.count) },
        )
      : null,
    columns: [...c.stepColumns(), c.figureColumn('count', 'dashboard.charts.openTransactions')],
    rows: funnel.value.map((s) => ({
      position: s.position,
      step: c.stepName(s.stepKey),
      count: s.count,
    })),
    height: barsHeight(funnel.value.length),
    period: 'now',
    ...c.drillable(
      (p: DrillParams) => link(funnel.value[p.dataIndex]),
      (i) => link(funnel.value[i]),
    ),
  }));
}
