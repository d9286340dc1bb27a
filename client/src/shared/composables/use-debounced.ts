import { computed, onScopeDispose, ref, watch, type Ref } from 'vue';

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

/**
 * A list's search box: `input` (bound to the field, e.g. SearchField's v-model) and `search`, its
 * trimmed text once typing pauses (what the query asks for; `''` when empty).
 */
export function useSearchInput(delayMs = 300): { input: Ref<string>; search: Ref<string> } {
  const input = ref('');
  const search = useDebounced(
    computed(() => input.value.trim()),
    delayMs,
  );
  return { input, search };
}
