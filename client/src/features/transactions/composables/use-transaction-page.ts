import { computed, type Ref } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { TransactionDocument } from '@/gql/graphql';
import { useDelayedFlag } from '@/shared/composables/use-delayed-flag';
import type { LocalizedText } from '@/shared/composables/use-localized';

/**
 * The transaction page's data in one request (Transaction.query.graphql): the transaction, the
 * steps of the policy version it is handled under, and the referral reasons. `reload` refetches
 * it (after a conflict, or from the error state's Retry).
 */
export function useTransactionPage(reference: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(
    TransactionDocument,
    () => ({ reference: reference.value }),
    () => ({ fetchPolicy: 'cache-and-network' as const }),
  );
  const tx = computed(() => result.value?.transaction ?? null);
  const steps = computed(() => tx.value?.policyVersion.steps ?? []);
  const reasons = computed<Record<string, LocalizedText>>(() =>
    Object.fromEntries((result.value?.referralReasons ?? []).map((r) => [r.key, r.label])),
  );

  const showProgress = useDelayedFlag(loading);
  const showError = computed(() => !!error.value && !loading.value && !tx.value);
  const notFound = computed(() => !loading.value && !error.value && !!result.value && !tx.value);

  async function reload(): Promise<void> {
    try {
      await refetch();
    } catch {
      // The error state says so.
    }
  }

  return { tx, steps, reasons, showProgress, showError, notFound, reload };
}
