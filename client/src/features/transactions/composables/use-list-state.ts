import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { readListQuery, toListQuery, type TransactionListState } from './transaction-filter';

/**
 * The transactions list's filters, sort and page size, kept in the address: reading them from
 * the route's query, writing them back with `router.replace` (a reload or the back button from a
 * transaction shows the same list; typing in the search box does not fill the history).
 */
export function useListState() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => readListQuery(route.query));
  function update(next: Partial<TransactionListState>): void {
    void router.replace({ query: toListQuery({ ...state.value, ...next }) });
  }
  return { state, update };
}
