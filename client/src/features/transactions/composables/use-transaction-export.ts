import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { TransactionFilter, TransactionSort } from '@/gql/graphql';
import { downloadBlob, fileNameFromDisposition } from '@/shared/download';
import type { AppLocale } from '@/shared/locale';
import { todayInRiyadh } from '@/shared/periods';

/** The server's CSV export of the transactions list (same readers as the list). */
export const TRANSACTIONS_EXPORT_PATH = '/api/export/transactions.csv';

/**
 * The export's address for the list as shown: the same `TransactionFilter` and `TransactionSort`
 * the list sends to GraphQL, as JSON, and the language of the column headers and names.
 */
export function transactionExportUrl(
  filter: TransactionFilter | null,
  sort: TransactionSort | null,
  lang: AppLocale,
): string {
  const params = new URLSearchParams();
  if (filter && Object.keys(filter).length) params.set('filter', JSON.stringify(filter));
  if (sort) params.set('sort', JSON.stringify(sort));
  params.set('lang', lang);
  return `${TRANSACTIONS_EXPORT_PATH}?${params.toString()}`;
}

interface ExportProblem {
  code?: string;
  message?: string;
  field?: string;
}

/**
 * Downloads the list as CSV through `fetch` (the session cookie goes with it), so a refusal is
 * shown as a message instead of a page of JSON: `exporting` while the file streams, `error` when
 * the server refuses the filter (400), the session has ended (401), the role does not allow it
 * (403) or the network fails.
 */
export function useTransactionExport() {
  const { t } = useI18n();
  const exporting = ref(false);
  const error = ref<string | null>(null);

  function problemText(status: number, problem: ExportProblem | undefined): string {
    if (status === 400) {
      return t('transactions.export.badFilter', {
        detail: problem?.message ?? t('errors.common.INVALID'),
      });
    }
    if (status === 401) return t('errors.common.UNAUTHENTICATED');
    if (status === 403) return t('errors.common.FORBIDDEN');
    return t('transactions.export.failed');
  }

  async function exportCsv(
    filter: TransactionFilter | null,
    sort: TransactionSort | null,
    lang: AppLocale,
  ): Promise<boolean> {
    if (exporting.value) return false;
    error.value = null;
    exporting.value = true;
    try {
      const res = await fetch(transactionExportUrl(filter, sort, lang), {
        credentials: 'same-origin',
        headers: { Accept: 'text/csv' },
      });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { errors?: ExportProblem[] } | null;
        error.value = problemText(res.status, body?.errors?.[0]);
        return false;
      }
      const blob = await res.blob();
      const fallback = `transactions-${todayInRiyadh()}.csv`;
      downloadBlob(fileNameFromDisposition(res.headers.get('Content-Disposition'), fallback), blob);
      return true;
    } catch {
      error.value = t('errors.common.NETWORK');
      return false;
    } finally {
      exporting.value = false;
    }
  }

  return { exporting, error, exportCsv };
}
