import { computed, ref, watch, type Ref, type WatchSource } from 'vue';

/**
 * Page-by-page navigation over a Relay connection. The server only knows "the items after this
 * cursor", so going back means remembering where each earlier page started: a stack of cursors,
 * one per page (`null` for the first). Changing the page size or any of `resetOn` (a search, a
 * filter) goes back to the first page.
 */
export function useCursorPager(options: { pageSize?: number; resetOn?: WatchSource[] } = {}) {
  const pageSize = ref(options.pageSize ?? 25);
  const starts: Ref<(string | null)[]> = ref([null]);

  /** 0-based index of the page shown. */
  const pageIndex = computed(() => starts.value.length - 1);
  /** The `after` variable of the page shown. */
  const after = computed(() => starts.value[starts.value.length - 1] ?? null);

  function next(endCursor: string | null | undefined): void {
    if (endCursor) starts.value = [...starts.value, endCursor];
  }
  function previous(): void {
    if (starts.value.length > 1) starts.value = starts.value.slice(0, -1);
  }
  function setPageSize(size: number): void {
    pageSize.value = size;
  }
  function reset(): void {
    if (starts.value.length > 1) starts.value = [null];
  }

  watch([pageSize, ...(options.resetOn ?? [])], reset);

  /** "Items from–to" of the page shown, for `count` items on it. */
  function range(count: number): { from: number; to: number } {
    const from = pageIndex.value * pageSize.value + (count > 0 ? 1 : 0);
    return { from, to: pageIndex.value * pageSize.value + count };
  }

  return { pageSize, pageIndex, after, next, previous, reset, range, setPageSize };
}

export type CursorPager = ReturnType<typeof useCursorPager>;

export const PAGE_SIZES = [10, 25, 50, 100] as const;
