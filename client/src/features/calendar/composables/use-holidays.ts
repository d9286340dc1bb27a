import { computed, type Ref } from 'vue';
import { useMutation, useQuery } from '@vue/apollo-composable';
import {
  HolidayAddDocument,
  HolidayConfirmDocument,
  HolidayRemoveDocument,
  HolidaysDocument,
  HolidayUpdateDocument,
  type HolidayFieldsFragment,
} from '@/gql/graphql';

export type Holiday = HolidayFieldsFragment;

/** The holidays of one Gregorian year, and the keepers' changes (each refreshes the year). */
export function useHolidays(year: Ref<number>) {
  const { result, loading, error, refetch } = useQuery(
    HolidaysDocument,
    () => ({ year: year.value }),
    { fetchPolicy: 'cache-and-network' },
  );
  const holidays = computed(() => result.value?.holidays ?? null);
  const refresh = { refetchQueries: ['Holidays'], awaitRefetchQueries: true };
  const add = useMutation(HolidayAddDocument, refresh);
  const update = useMutation(HolidayUpdateDocument, refresh);
  const confirm = useMutation(HolidayConfirmDocument, refresh);
  const remove = useMutation(HolidayRemoveDocument, refresh);
  return {
    holidays,
    loading,
    error,
    refetch: () => refetch(),
    add: add.mutate,
    update: update.mutate,
    confirm: confirm.mutate,
    remove: remove.mutate,
  };
}

/** Days from the first to the last, both included. */
export const dayCount = (h: Pick<Holiday, 'startDate' | 'endDate'>): number =>
  Math.round((Date.parse(h.endDate) - Date.parse(h.startDate)) / 86_400_000) + 1;
