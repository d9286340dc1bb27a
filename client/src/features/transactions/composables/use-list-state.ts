import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import {
  readListQuery,
  toListQuery,
  toTransactionFilter,
  toTransactionSort,
  type TransactionListState,
} from './transaction-filter';

/** What the list shows, without the page size: two states with the same show the same rows. */
const shown = (state: TransactionListState) =>
  JSON.stringify([toTransactionFilter(state), toTransactionSort(state)]);

/**
 * The transactions list's filters, sort and page size, kept in the address: reading them from
 * the route's query, writing them back with `router.replace` (a reload or the back button from a
 * transaction shows the same list; typing in the search box does not fill the history). The
 * saved view the list was opened from is `view=<id>` beside them, kept until the filters or the
 * order change.
 */
export function useListState() {
  const route = useRoute();
  const router = useRouter();
  const state = computed(() => readListQuery(route.query));
  const viewId = computed(() => {
    const raw = route.query.view;
    return typeof raw === 'string' && /^\d{1,12}$/.test(raw) ? raw : null;
  });
  function update(next: Partial<TransactionListState>): void {
    const after = { ...state.value, ...next };
    const keepView = viewId.value && shown(after) === shown(state.value);
    void router.replace({
      query: { ...toListQuery(after), ...(keepView ? { view: viewId.value } : {}) },
    });
  }
  /** Shows a saved view: its filters and order, and its id in the address (none: no view). */
  function showView(id: string | null, next: TransactionListState): void {
    void router.replace({ query: { ...toListQuery(next), ...(id ? { view: id } : {}) } });
  }
  return { state, update, viewId, showView };
}
