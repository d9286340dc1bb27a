import { onScopeDispose, ref, watch, type Ref } from 'vue';

/** Follows `source` once it has stopped changing for `delayMs` (search boxes, filters). */
export function useDebounced<T>(source: Ref<T>, delayMs = 300): Ref<T> {
  const value = ref(source.value) as Ref<T>;
  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(source, (next) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => (value.value = next), delayMs);
  });
  onScopeDispose(() => {
    if (timer !== undefined) clearTimeout(timer);
  });
  return value;
}
