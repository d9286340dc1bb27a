import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { effectScope, nextTick } from 'vue';
import { useAutoRefresh } from './use-auto-refresh';

function setHidden(hidden: boolean): void {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('auto-refresh: every minute while the tab is visible, never in the background', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    setHidden(false);
  });
  afterEach(() => {
    vi.useRealTimers();
    setHidden(false);
  });

  it('refreshes every interval while visible and records when', async () => {
    const refresh = vi.fn(() => Promise.resolve());
    const scope = effectScope();
    const auto = scope.run(() => useAutoRefresh(refresh, { intervalMs: 60_000 }))!;
    auto.markUpdated();
    await vi.advanceTimersByTimeAsync(59_000);
    expect(refresh).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(auto.lastUpdated.value?.getTime()).toBe(Date.now());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refresh).toHaveBeenCalledTimes(2);
    scope.stop();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(refresh).toHaveBeenCalledTimes(2);
  });

  it('asks nothing while the tab is hidden and catches up when it is shown again', async () => {
    const refresh = vi.fn(() => Promise.resolve());
    const scope = effectScope();
    const auto = scope.run(() => useAutoRefresh(refresh, { intervalMs: 60_000 }))!;
    auto.markUpdated();
    setHidden(true);
    await vi.advanceTimersByTimeAsync(180_000);
    expect(refresh).not.toHaveBeenCalled();
    setHidden(false);
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    scope.stop();
  });

  it('stops while paused, catches up when resumed, and refreshes on demand', async () => {
    const refresh = vi.fn(() => Promise.resolve());
    const scope = effectScope();
    const auto = scope.run(() => useAutoRefresh(refresh, { intervalMs: 60_000 }))!;
    auto.markUpdated();
    auto.enabled.value = false;
    await vi.advanceTimersByTimeAsync(120_000);
    expect(refresh).not.toHaveBeenCalled();
    auto.enabled.value = true;
    await nextTick();
    await vi.advanceTimersByTimeAsync(0);
    expect(refresh).toHaveBeenCalledTimes(1);
    await auto.refreshNow();
    expect(refresh).toHaveBeenCalledTimes(2);
    scope.stop();
  });

  it('keeps the last time when a refresh fails', async () => {
    const refresh = vi.fn(() => Promise.reject(new Error('offline')));
    const scope = effectScope();
    const auto = scope.run(() => useAutoRefresh(refresh, { intervalMs: 60_000 }))!;
    auto.markUpdated();
    const before = auto.lastUpdated.value;
    await vi.advanceTimersByTimeAsync(60_000);
    expect(refresh).toHaveBeenCalledTimes(1);
    expect(auto.lastUpdated.value).toBe(before);
    expect(auto.refreshing.value).toBe(false);
    scope.stop();
  });
});
