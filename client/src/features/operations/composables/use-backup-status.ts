import { computed } from 'vue';
import { useQuery } from '@vue/apollo-composable';
import { BackupStatusDocument } from '@/gql/graphql';

/** The backups' state, asked afresh each time the page opens. */
export function useBackupStatus() {
  const { result, loading, error, refetch } = useQuery(BackupStatusDocument, null, {
    fetchPolicy: 'cache-and-network',
  });
  const status = computed(() => result.value?.backupStatus ?? null);
  return { status, loading, error, refetch: () => refetch() };
}

/** A size in bytes as megabytes with one decimal (backups are megabytes to gigabytes). */
export function megabytes(bytes: number | null | undefined): number | null {
  return bytes == null ? null : Math.round((bytes / 1024 / 1024) * 10) / 10;
}
