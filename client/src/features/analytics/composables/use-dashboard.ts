import { computed, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import { useQuery } from '@vue/apollo-composable';
import { DashboardDocument } from '@/gql/graphql';
import { useAutoRefresh } from '@/shared/composables/use-auto-refresh';
import { useDateFormat } from '@/shared/composables/use-date-format';
import { useDelayedFlag } from '@/shared/composables/use-delayed-flag';
import {
  dashboardRange,
  readPeriodQuery,
  todayInRiyadh,
  toPeriodQuery,
  type DashboardSelection,
} from '@/shared/periods';
import type { DashboardData } from './dashboard-context';

const samePeriod = (a: { from: string; to: string }, b: { from: string; to: string }) =>
  Date.parse(a.from) === Date.parse(b.from) && Date.parse(a.to) === Date.parse(b.to);

/**
 * The dashboard's period (in the address: a preset, any run of days, or an Umm al-Qura month) and
 * its figures, refreshed every minute while the tab is visible or on demand. The last figures
 * received are kept while another period loads, so the page does not fall back to its skeleton
 * (only the first load shows one) and is marked busy instead.
 */
export function useDashboard() {
  const { t } = useI18n();
  const { formatGregorian, formatHijri, formatClockTime } = useDateFormat();
  const route = useRoute();
  const router = useRouter();

  /** Today in Riyadh, read again at each refresh so a tab left open follows the calendar. */
  const today = ref(todayInRiyadh());
  const selection = computed(() => readPeriodQuery(route.query));
  const range = computed(() => dashboardRange(selection.value, today.value));
  const invalidPeriod = computed(() => !range.value);
  function select(next: DashboardSelection): void {
    void router.replace({ query: toPeriodQuery(next) });
  }
  const periodText = computed(() => {
    if (!range.value) return null;
    const { from, to } = range.value.days;
    return {
      gregorian: `${formatGregorian(from)} – ${formatGregorian(to)}`,
      hijri: `${formatHijri(from)} – ${formatHijri(to)}`,
    };
  });
  const periodSlug = computed(() =>
    range.value ? `${range.value.days.from}_${range.value.days.to}` : '',
  );

  const { result, loading, error, refetch } = useQuery(
    DashboardDocument,
    () => ({ period: range.value?.period ?? { from: '', to: '' } }),
    () => ({ enabled: !!range.value, fetchPolicy: 'cache-and-network' as const }),
  );
  const auto = useAutoRefresh(() => {
    today.value = todayInRiyadh();
    return range.value ? refetch() : undefined;
  });

  const data = ref<DashboardData | null>(null);
  watch(
    result,
    (r) => {
      if (r) {
        data.value = r;
        auto.markUpdated();
      }
    },
    { immediate: true },
  );
  const showLoading = useDelayedFlag(computed(() => loading.value && !data.value));
  const failed = computed(() => !!error.value && !data.value);
  /** The figures shown are of another period than the one chosen (it is loading). */
  const stale = computed(() => {
    const shown = data.value?.dashboard.period;
    const wanted = range.value?.period;
    return !!shown && !!wanted && !samePeriod(shown, wanted);
  });
  async function retry(): Promise<void> {
    await refetch()?.catch(() => undefined);
  }
  // Shown beside the refresh controls.
  const lastUpdatedText = computed(() =>
    auto.lastUpdated.value
      ? t('dashboard.refresh.lastUpdated', { time: formatClockTime(auto.lastUpdated.value) })
      : '',
  );
  const refreshFailed = computed(() => !!error.value && !!data.value && !loading.value);
  /** Another period is loading (a refresh of the same one shows on its button instead). */
  const busy = computed(() => loading.value && stale.value);

  return {
    today,
    selection,
    range,
    invalidPeriod,
    select,
    periodText,
    periodSlug,
    data,
    loading,
    showLoading,
    failed,
    stale,
    busy,
    retry,
    auto,
    lastUpdatedText,
    refreshFailed,
  };
}
