import { computed } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import { barsHeight, type DashboardChart, type DashboardContext } from './dashboard-context';
import { countBarChart } from './dashboard-charts';

/** A reason's key as the list reads it (a referral without one is counted, not linked). */
const REASON_KEY = /^[A-Z0-9_]{1,64}$/;

/** The referral reasons given most in the period, each opening the transactions referred for it. */
export function useReasonsChart(c: DashboardContext) {
  const { t } = c;
  const reasons = computed(() => c.dashboard.value?.topReferralReasons ?? []);
  /** The transactions referred for a reason in the period. */
  function link(i: number): RouteLocationRaw | null {
    const r = reasons.value[i];
    const days = c.periodEventDays.value;
    if (!r?.count || !REASON_KEY.test(r.reasonKey) || !days) return null;
    return c.transactionsList({ ev: 'REFERRED', reason: r.reasonKey, ...days });
  }

  return computed<DashboardChart>(() => ({
    name: 'reasons',
    title: t('dashboard.charts.reasons'),
    subtitle: t('dashboard.charts.reasonsHint'),
    option: reasons.value.length
      ? countBarChart(
          c.frame.value,
          reasons.value.map((r) => c.reasonName(r.reasonKey)),
          { name: t('dashboard.charts.referrals'), data: reasons.value.map((r) => r.count) },
        )
      : null,
    columns: [
      { key: 'reason', label: t('dashboard.charts.reason') },
      c.figureColumn('count', 'dashboard.charts.referrals'),
    ],
    rows: reasons.value.map((r) => ({ reason: c.reasonName(r.reasonKey), count: r.count })),
    height: barsHeight(reasons.value.length),
    period: c.periodSlug.value,
    ...c.drillable((p) => link(p.dataIndex), link),
  }));
}
