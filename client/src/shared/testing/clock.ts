import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Freezes the clock of the tests of the surrounding describe at `iso`: only `Date` (Apollo and
 * Vue keep their real timers).
 */
export function freezeClockAt(iso: string): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(iso));
  });
  afterEach(() => {
    vi.useRealTimers();
  });
}
