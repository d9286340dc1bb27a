import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import {
  SatisfactionOverviewDocument,
  SatisfactionTrendDocument,
  type SatisfactionFilter,
} from '@/gql/graphql';
import type { TrendBy } from './satisfaction-query';

/** The breakdowns, in the page's order, with the alias each is answered under. */
export const BREAKDOWNS = [
  ['CHANNEL', 'byChannel'],
  ['TRANSACTION_TYPE', 'byTransactionType'],
  ['HANDLING_TIME', 'byHandlingTime'],
  ['POLICY_VERSION', 'byPolicyVersion'],
] as const;
export type BreakdownDimension = (typeof BREAKDOWNS)[number][0];

/**
 * The satisfaction page's figures: one aliased request for everything the filter decides (the
 * totals and distribution, the previous period's totals, the breakdowns and, for managers, the
 * officers), and the trend's own (over its year, see `trendRange`), so that switching its grouping
 * asks for the trend alone.
 */
export function useSatisfactionFigures(options: {
  filter: Ref<SatisfactionFilter | null>;
  previousFilter: Ref<SatisfactionFilter | null>;
  /** The trend's filter: the same, over the 12 months ending with the period's. */
  trendFilter: Ref<SatisfactionFilter | null>;
  trendBy: Ref<TrendBy>;
  withOfficers: Ref<boolean>;
}) {
  const overview = useQuery(
    SatisfactionOverviewDocument,
    () => ({
      filter: options.filter.value!,
      previousFilter: options.previousFilter.value!,
      withOfficers: options.withOfficers.value,
    }),
    () => ({
      enabled: !!options.filter.value && !!options.previousFilter.value,
      fetchPolicy: 'cache-and-network' as const,
    }),
  );
  const trend = useQuery(
    SatisfactionTrendDocument,
    () => ({ filter: options.trendFilter.value!, groupBy: options.trendBy.value }),
    () => ({ enabled: !!options.trendFilter.value, fetchPolicy: 'cache-and-network' as const }),
  );

  const data = computed(() => overview.result.value ?? null);
  const total = computed(() => data.value?.current.total ?? null);
  const previousTotal = computed(() => data.value?.previous.total ?? null);
  const distribution = computed(() => data.value?.current.overallDistribution ?? []);
  const trendGroups = computed(() => trend.result.value?.satisfactionReport.groups ?? []);
  const breakdownGroups = (alias: (typeof BREAKDOWNS)[number][1]) =>
    data.value?.[alias].groups ?? [];
  const officerGroups = computed(() => data.value?.byOfficer?.groups ?? []);

  const loading = computed(() => overview.loading.value && !overview.result.value);
  const failed = computed(() => !!overview.error.value && !overview.result.value);
  const empty = computed(() => !!total.value && total.value.invitations === 0);

  async function retry(): Promise<void> {
    for (const q of [overview, trend]) await q.refetch()?.catch(() => undefined);
  }

  return {
    total,
    previousTotal,
    distribution,
    trendGroups,
    trendLoading: trend.loading,
    overviewLoading: overview.loading,
    breakdownGroups,
    officerGroups,
    loading,
    failed,
    empty,
    retry,
  };
}

export type SatisfactionFigures = ReturnType<typeof useSatisfactionFigures>;
