/** What `pnpm soak` (soak.ts) counts: times per operation, refusals, and trends. */
import type { Outcome } from './soak-workload.js';

export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** Nearest-rank percentile of unsorted samples. */
function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Least-squares slope of y over x (per unit of x). */
export function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  if (n < 2) return NaN;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den ? num / den : NaN;
}

export class Tally {
  times = new Map<string, number[]>();
  outcomes = new Map<string, number>();
  count = 0;
  add(operation: string, ms: number, outcome: Outcome) {
    this.count++;
    const list = this.times.get(operation) ?? [];
    list.push(ms);
    this.times.set(operation, list);
    if (outcome !== 'ok') {
      const key = `${outcome} (${operation})`;
      this.outcomes.set(key, (this.outcomes.get(key) ?? 0) + 1);
    }
  }
  /** 429, other 4xx, 5xx and network counts, then each other refusal by code and operation. */
  refusals(): string {
    let r429 = 0;
    let r4xx = 0;
    let r5xx = 0;
    let network = 0;
    const other: string[] = [];
    for (const [key, n] of this.outcomes) {
      const status = /^http (\d+)/.exec(key)?.[1];
      if (status === '429') r429 += n;
      else if (status?.startsWith('4')) r4xx += n;
      else if (status) r5xx += n;
      else if (key.startsWith('network')) network += n;
      else other.push(`${key} ${fmt(n)}`);
    }
    return (
      `HTTP 429: ${fmt(r429)}, other 4xx: ${fmt(r4xx)}, 5xx: ${fmt(r5xx)}, network: ${fmt(network)}` +
      (other.length ? `; ${other.sort().join(', ')}` : '')
    );
  }
  table(seconds: number): string {
    const rows = [...this.times].sort(([a], [b]) => a.localeCompare(b));
    const lines = rows.map(
      ([op, t]) =>
        `  ${op.padEnd(30)} ${fmt(t.length).padStart(7)} ${fmt(t.length / seconds, 2).padStart(7)} ${fmt(percentile(t, 50), 1).padStart(8)} ${fmt(percentile(t, 99), 1).padStart(8)}`,
    );
    return [
      `  ${'operation'.padEnd(30)} ${'count'.padStart(7)} ${'per s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`,
      ...lines,
    ].join('\n');
  }
}
