import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, MikroORM } from '@mikro-orm/core';

export interface ReadPool {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Reads waiting for a place (the `masar_read_pool_queued` metric). */
  queued(): number;
  close(): Promise<void>;
}

/** The time a read may take: the deadline of the request it serves. */
export interface ReadBudget {
  /** Aborted when the time is up. */
  readonly signal: AbortSignal;
  /** Milliseconds left (0 or less once passed). */
  msLeft(): number;
  /** What a read stopped by this budget fails with (the TIMEOUT error). */
  error(): Error;
}

const budgets = new AsyncLocalStorage<ReadBudget>();

/** Runs `fn` with `budget` as the deadline of every pool read started within it. */
export function runWithReadBudget<T>(budget: ReadBudget, fn: () => T): T {
  return budgets.run(budget, fn);
}

/** The budget of the read being started, if it runs for a request with a deadline. */
export function currentReadBudget(): ReadBudget | undefined {
  return budgets.getStore();
}

/** A budget of `ms` from now, for routes outside GraphQL; `cancel()` stops its timer. */
export function readBudget(ms: number, error: () => Error): ReadBudget & { cancel(): void } {
  const controller = new AbortController();
  const at = performance.now() + ms;
  const timer = setTimeout(() => controller.abort(), ms);
  timer.unref();
  return {
    signal: controller.signal,
    msLeft: () => at - performance.now(),
    error,
    cancel: () => clearTimeout(timer),
  };
}

/**
 * The budget of the reads made with one request's entity manager (its own fork): set by the
 * GraphQL deadline for the operation, so that no resolver has to carry it.
 */
export const emBudgets = new WeakMap<EntityManager, ReadBudget>();

/** Gives (or, with undefined, takes back) the budget of every read made with `em`. */
export function setReadBudget(em: EntityManager, budget: ReadBudget | undefined): void {
  if (budget) emBudgets.set(em, budget);
  else emBudgets.delete(em);
}

/** Reports a pool statement to the ORM's query log, as the ORM does for its own statements. */
export function logRead(
  orm: MikroORM,
  sql: string,
  started: number,
  rows?: unknown[],
  failed = false,
) {
  // Always reported: the statement metrics time it there (operations/metrics.ts); the ORM's
  // logger writes it only when query logging is on.
  orm.config.getLogger().logQuery({
    query: sql,
    took: Date.now() - started,
    results: rows?.length,
    level: failed ? 'error' : 'info',
    connection: { type: 'read', name: 'read-pool' },
  });
}
