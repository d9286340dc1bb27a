import { computed } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  TransactionViewCreateDocument,
  TransactionViewDeleteDocument,
  TransactionViewRenameDocument,
  TransactionViewShareDocument,
  TransactionViewsDocument,
  type TransactionViewFieldsFragment,
} from '@/gql/graphql';

export type TransactionView = TransactionViewFieldsFragment;

/**
 * The saved views of the transactions list the reader may use (their own, then those shared
 * with all staff), and the mutations that change them; each change reloads the list of views.
 */
export function useTransactionViews(enabled: () => boolean) {
  const query = useQuery(TransactionViewsDocument, {}, () => ({ enabled: enabled() }));
  const views = computed<TransactionView[]>(
    () => query.result.value?.transactionViews.edges.map((e) => e.node) ?? [],
  );
  const mine = computed(() => views.value.filter((v) => v.mine));
  const shared = computed(() => views.value.filter((v) => !v.mine));
  const refetch = { refetchQueries: ['TransactionViews'], awaitRefetchQueries: true };
  return {
    views,
    mine,
    shared,
    loading: query.loading,
    create: useMutation(TransactionViewCreateDocument, refetch).mutate,
    rename: useMutation(TransactionViewRenameDocument, refetch).mutate,
    share: useMutation(TransactionViewShareDocument, refetch).mutate,
    remove: useMutation(TransactionViewDeleteDocument, refetch).mutate,
  };
}
