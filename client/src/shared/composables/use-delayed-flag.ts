import { onScopeDispose, ref, watch, type Ref } from 'vue';

/**
 * Follows `source`, but turns on only after `delayMs`: a fast answer shows no loading
 * placeholder at all, which flickers less than a placeholder shown for a few milliseconds.
 */
export function useDelayedFlag(source: Ref<boolean>, delayMs = 150): Ref<boolean> {
  const flag = ref(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clear = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  watch(
    source,
    (on) => {
      clear();
      if (!on) flag.value = false;
      else if (delayMs <= 0) flag.value = true;
      else timer = setTimeout(() => (flag.value = true), delayMs);
    },
    { immediate: true },
  );
  onScopeDispose(clear);
  return flag;
}
