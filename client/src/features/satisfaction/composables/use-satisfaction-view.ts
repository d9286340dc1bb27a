import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useRoute, useRouter } from 'vue-router';
import type { SatisfactionFilter, SurveyMode } from '@/gql/graphql';
import { useDateFormat } from '@/shared/composables/use-date-format';
import { hijriMonthOf } from '@/shared/hijri';
import { previousPeriod, todayInRiyadh, trendRange, type DateRange } from '@/shared/periods';
import { useSatisfactionFormat } from './satisfaction-labels';
import {
  readSatisfactionQuery,
  satisfactionDays,
  toSatisfactionQuery,
  type SatisfactionView,
} from './satisfaction-query';

/**
 * A computed that keeps its previous value while the new one is equal: changing the grouping or
 * the figure in the address must not look like a new filter to the queries (they would all run
 * again) or to the comments' pager (it would go back to the first page).
 */
export function stable<T>(get: () => T): ComputedRef<T> {
  return computed<T>((previous) => {
    const next = get();
    return previous !== undefined && JSON.stringify(previous) === JSON.stringify(next)
      ? previous
      : next;
  });
}

/**
 * The satisfaction page's view as the address holds it (see `satisfaction-query.ts`): the period
 * and the days it covers, the previous period of equal length, the trend's days (a year ending
 * with the period, whatever its length), the filters the server takes for each, and the period in
 * words.
 */
export function useSatisfactionView() {
  const route = useRoute();
  const router = useRouter();
  const { t } = useI18n();
  const { formatGregorian, formatHijri } = useDateFormat();
  const fmt = useSatisfactionFormat();
  const today = todayInRiyadh();

  const view = computed(() => readSatisfactionQuery(route.query));
  function update(next: Partial<SatisfactionView>): void {
    void router.replace({ query: toSatisfactionQuery({ ...view.value, ...next }) });
  }

  const selection = computed(() => view.value.period);
  const range = stable<DateRange | null>(() => satisfactionDays(selection.value, today));
  const previous = stable(() => (range.value ? previousPeriod(range.value) : null));
  const customInvalid = computed(() => selection.value.kind === 'custom' && !range.value);
  const mode = computed<'ALL' | SurveyMode>(() => view.value.mode ?? 'ALL');

  function filterFor(r: DateRange | null): SatisfactionFilter | null {
    if (!r) return null;
    return {
      from: r.from,
      to: r.to,
      channelKey: view.value.channelKey,
      transactionType: view.value.transactionType,
      mode: mode.value === 'ALL' ? null : mode.value,
    };
  }
  const filter = stable(() => filterFor(range.value));
  const previousFilter = stable(() => filterFor(previous.value));
  /** The trend's days: the 12 months ending with the period's, or the period when longer. */
  const trend = stable(() => (range.value ? trendRange(range.value) : null));
  const trendFilter = stable(() => filterFor(trend.value));
  /** What the trend covers, in words: "Last 12 months · 1 Jan 2026 – 7 Dec 2026". */
  const trendText = computed(() => {
    const r = trend.value;
    if (!r || !range.value) return '';
    const dates = `${formatGregorian(r.from)} – ${formatGregorian(r.to)}`;
    return r.from < range.value.from ? `${t('dashboard.period.last12Months')} · ${dates}` : dates;
  });

  /** "1 – 18 May 2026" and "14 Dhuʻl-Qiʻdah – 2 Dhuʻl-Hijjah 1447 AH". */
  const periodText = computed(() => {
    const r = range.value;
    if (!r) return null;
    const a = hijriMonthOf(r.from, fmt.locale.value);
    const b = hijriMonthOf(r.to, fmt.locale.value);
    return {
      gregorian: `${formatGregorian(r.from)} – ${formatGregorian(r.to)}`,
      hijri: `${formatHijri(r.from)} – ${formatHijri(r.to)}`,
      hijriMonths: a === b ? a : `${a} – ${b}`,
    };
  });
  const previousText = computed(() =>
    previous.value
      ? `${formatGregorian(previous.value.from)} – ${formatGregorian(previous.value.to)}`
      : '',
  );
  const periodSlug = computed(() => (range.value ? `${range.value.from}_${range.value.to}` : ''));

  return {
    today,
    view,
    update,
    selection,
    range,
    customInvalid,
    mode,
    filter,
    previousFilter,
    trendFilter,
    trendText,
    periodText,
    previousText,
    periodSlug,
  };
}

/** The satisfaction page's view state, as its filters read and change it. */
export type SatisfactionPageView = ReturnType<typeof useSatisfactionView>;
