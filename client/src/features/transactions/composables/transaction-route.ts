import type { RouteLocationRaw } from 'vue-router';
import type { TransactionAction } from '@/gql/graphql';

/** Where a transaction's page is; with `action`, the page opens that action's form at once. */
export function transactionRoute(reference: string, action?: TransactionAction): RouteLocationRaw {
  return {
    name: 'transaction',
    params: { reference },
    ...(action ? { query: { action } } : {}),
  };
}
