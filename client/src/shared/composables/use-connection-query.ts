import { computed, ref, watch, type WatchSource } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { OperationVariables, WatchQueryFetchPolicy } from '@apollo/client/core';
import { useCursorPager } from '@/shared/composables/use-cursor-pager';
import { useDelayedFlag } from '@/shared/composables/use-delayed-flag';

/** What a Relay connection of the schema gives a table. */
export interface ConnectionLike<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: ReadonlyArray<{ node: N }>;
}

/** The node type of the (one) connection among a query's root fields. */
export type NodeOf<R> = {
  [K in keyof R]: NonNullable<R[K]> extends ConnectionLike<infer N> ? N : never;
}[keyof R];

/** The page variables the composable sets itself. */
type PageVariables = 'first' | 'after';

export interface ConnectionQueryOptions<R, N> {
  pageSize?: number;
  /** The connection in the answer (default: the root field that has `edges`). */
  select?: (data: R) => ConnectionLike<N> | null | undefined;
  /** Back to the first page when one of these changes (besides the variables, always watched). */
  resetOn?: WatchSource[];
  /** False: do not ask (e.g. while a filter is invalid). */
  enabled?: () => boolean;
  /** E.g. `cache-and-network` for a list that changes behind the reader's back. */
  fetchPolicy?: WatchQueryFetchPolicy;
}

function findConnection<N>(data: unknown): ConnectionLike<N> | null {
  if (!data || typeof data !== 'object') return null;
  for (const value of Object.values(data)) {
    if (value && typeof value === 'object' && 'edges' in value) return value as ConnectionLike<N>;
  }
  return null;
}

/**
 * One page of a server list: runs `document` with `variables()` plus `first`/`after` from a
 * cursor pager, goes back to the first page when the variables change, and gives what a table
 * shows (rows, total, the skeleton's and the error's flags, reload). Pair it with ConnectionTable.
 */
export function useConnectionQuery<
  R,
  V extends OperationVariables & { first?: number | null; after?: string | null },
  N = NodeOf<R>,
>(
  document: TypedDocumentNode<R, V>,
  variables: () => Omit<V, PageVariables>,
  options: ConnectionQueryOptions<R, N> = {},
) {
  const key = computed(() => JSON.stringify(variables()));
  const pager = useCursorPager({
    pageSize: options.pageSize ?? 25,
    resetOn: [key, ...(options.resetOn ?? [])],
  });
  // The cursor belongs to the variables it was read with: new variables ask for their first
  // page at once, not once more after the old cursor (the pager's reset follows).
  const cursorKey = ref(key.value);
  watch(pager.after, () => (cursorKey.value = key.value), { flush: 'sync' });
  const query = useQuery(
    document,
    () =>
      ({
        ...variables(),
        first: pager.pageSize.value,
        after: cursorKey.value === key.value ? pager.after.value : null,
      }) as unknown as V,
    () => ({
      enabled: options.enabled ? options.enabled() : true,
      ...(options.fetchPolicy ? { fetchPolicy: options.fetchPolicy } : {}),
    }),
  );
  const { result, loading, error, refetch } = query;

  const connection = computed<ConnectionLike<N> | null>(() => {
    const data = result.value;
    if (!data) return null;
    return (options.select ? options.select(data as R) : findConnection<N>(data)) ?? null;
  });
  const rows = computed<N[]>(() => connection.value?.edges.map((edge) => edge.node) ?? []);
  const total = computed(() => connection.value?.totalCount ?? 0);
  /** Loading for longer than a blink: the table shows a progress bar (a skeleton at first). */
  const showProgress = useDelayedFlag(loading);
  const showSkeleton = computed(() => showProgress.value && !connection.value);
  const showError = computed(() => !!error.value && !loading.value);

  /** Asks again (the error state's Retry); a failure stays in `error`. */
  async function reload(): Promise<void> {
    try {
      await refetch();
    } catch {
      // Shown by the error state.
    }
  }

  return {
    pager,
    result,
    connection,
    rows,
    total,
    loading,
    error,
    showProgress,
    showSkeleton,
    showError,
    reload,
    refetch,
    query,
  };
}

export type ConnectionQuery<N = unknown> = Omit<
  ReturnType<typeof useConnectionQuery<unknown, OperationVariables, N>>,
  'result' | 'query' | 'refetch'
>;
