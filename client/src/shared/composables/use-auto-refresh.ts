import { onScopeDispose, ref, watch, type Ref } from 'vue';

export interface AutoRefresh {
  /** Automatic refreshing is on (the reader can pause it). */
  enabled: Ref<boolean>;
  /** A refresh is under way (manual or automatic). */
  refreshing: Ref<boolean>;
  /** When the figures last arrived, or null before the first time. */
  lastUpdated: Ref<Date | null>;
  /** Refreshes now (the manual button); a refresh already running is not started twice. */
  refreshNow: () => Promise<void>;
  /** Records that fresh figures arrived another way (the first load, a new period). */
  markUpdated: () => void;
}

/**
 * Calls `refresh` every `intervalMs` while the page is visible and refreshing is enabled. A tab in
 * the background asks nothing; when it comes back after the interval has passed it refreshes at
 * once. A failed refresh leaves `lastUpdated` as it was (the figures shown are still the old ones).
 */
export function useAutoRefresh(
  refresh: () => Promise<unknown> | undefined,
  options: { intervalMs?: number; enabled?: boolean } = {},
): AutoRefresh {
  const intervalMs = options.intervalMs ?? 60_000;
  const enabled = ref(options.enabled ?? true);
  const refreshing = ref(false);
  const lastUpdated = ref<Date | null>(null);

  const hidden = () => typeof document !== 'undefined' && document.hidden;
  const markUpdated = () => {
    lastUpdated.value = new Date();
  };

  async function refreshNow(): Promise<void> {
    if (refreshing.value) return;
    refreshing.value = true;
    try {
      await refresh();
      markUpdated();
    } catch {
      // The page shows the query's error; the figures shown stay.
    } finally {
      refreshing.value = false;
    }
  }

  const due = () =>
    !lastUpdated.value || Date.now() - lastUpdated.value.getTime() >= intervalMs - 500;

  const timer = setInterval(() => {
    if (enabled.value && !hidden() && due()) void refreshNow();
  }, intervalMs);

  function onVisibility(): void {
    if (enabled.value && !hidden() && due()) void refreshNow();
  }
  // Turned back on after a pause: catch up at once if the figures are old.
  watch(enabled, onVisibility);
  if (typeof document !== 'undefined') {
    document.addEventListener('visibilitychange', onVisibility);
  }

  onScopeDispose(() => {
    clearInterval(timer);
    if (typeof document !== 'undefined') {
      document.removeEventListener('visibilitychange', onVisibility);
    }
  });

  return { enabled, refreshing, lastUpdated, refreshNow, markUpdated };
}
