import type { TransactionListState, SortKey } from './transaction-filter';
import {
  emptyListState,
  SORT_FIELDS,
  toTransactionFilter,
  toTransactionSort,
} from './transaction-filter';
import type { TransactionViewCreateInput, TransactionViewFieldsFragment } from '@/gql/graphql';
import { todayInRiyadh } from '@/shared/periods';

/** A calendar day `YYYY-MM-DD` in the reader's time zone, of an instant (ISO). */
function localDay(iso: string, minusMs = 0): string {
  const d = new Date(Date.parse(iso) - minusMs);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * The list's state a saved view stands for: the inverse of `toTransactionFilter` and
 * `toTransactionSort` (the list's "opened between" days are the reader's, the event condition's
 * Riyadh's; both `to` bounds are the midnight after the last day). The page size is the reader's.
 */
export function viewToListState(
  view: Pick<TransactionViewFieldsFragment, 'filter' | 'sort'>,
  pageSize: number,
): TransactionListState {
  const f = view.filter;
  const state = emptyListState();
  state.pageSize = pageSize;
  state.search = f.search ?? '';
  state.status = [...(f.status ?? [])];
  state.stepKey = f.stepKey ?? null;
  state.channelKey = f.channelKey ?? null;
  state.type = f.type ?? null;
  state.assignee = f.assignedToMe ? 'me' : (f.assigneeId ?? '');
  state.overdue = !!f.committeeOverdue;
  state.from = f.openedFrom ? localDay(f.openedFrom) : '';
  state.to = f.openedTo ? localDay(f.openedTo, 1) : '';
  const e = f.event;
  if (e) {
    state.event.kinds = [...(e.kinds ?? [])];
    state.event.stepKey = e.stepKey ?? null;
    state.event.from = e.from ? todayInRiyadh(new Date(e.from)) : '';
    state.event.to = e.to ? todayInRiyadh(new Date(Date.parse(e.to) - 1)) : '';
    state.event.reasonKey = e.referralReasonKey ?? null;
    state.event.late = e.late ?? null;
  }
  const sort = view.sort;
  const key =
    sort && (Object.keys(SORT_FIELDS) as SortKey[]).find((k) => SORT_FIELDS[k] === sort.field);
  if (sort && key) state.sort = { key, order: sort.direction === 'ASC' ? 'asc' : 'desc' };
  return state;
}

/** What saving the list as it is now sends: the list's own filter and order. */
export function listStateToView(
  state: TransactionListState,
): Pick<TransactionViewCreateInput, 'filter' | 'sort'> {
  return { filter: toTransactionFilter(state), sort: toTransactionSort(state) };
}

/** True when the list shows exactly what the view holds (its filter and order). */
export function showsView(
  state: TransactionListState,
  view: Pick<TransactionViewFieldsFragment, 'filter' | 'sort'>,
): boolean {
  const a = viewToListState(view, state.pageSize);
  return JSON.stringify(listStateToView(a)) === JSON.stringify(listStateToView(state));
}
