import os from 'node:os';
import type { Configuration, EntityManager, MikroORM } from '@mikro-orm/core';
import type { DatabaseEngine } from '../config.js';
import { currentReadBudget, emBudgets, runWithReadBudget, type ReadPool } from './read-budget.js';
import { PostgresReadPool } from './read-pool-postgres.js';
import { SqliteReadPool } from './read-pool-sqlite.js';

export {
  currentReadBudget,
  readBudget,
  runWithReadBudget,
  setReadBudget,
  type ReadBudget,
  type ReadPool,
} from './read-budget.js';

/**
 * Heavy reads (statistics, dashboard, satisfaction report, exports, search) run here, off the
 * request thread, and are really stopped at the deadline of the request they serve.
 *
 * - SQLite: better-sqlite3 runs a statement synchronously. Each read runs in one of a few
 *   child processes, each with its own read-only connection to the same file (WAL: readers run
 *   beside the writer). At the deadline the process running the statement is killed (SIGKILL)
 *   and a fresh one is started when needed. Processes rather than worker threads:
 *   `Worker.terminate()` only stops JavaScript, and waits until the native statement has ended.
 * - PostgreSQL: the statement runs on the ORM's own pool (the driver is asynchronous) with a
 *   knex timeout that cancels it on the server (`pg_cancel_backend`) at the deadline; at most
 *   `workers` of them at once, so that heavy reads leave connections to everyone else.
 *
 * Parameters are inlined by the ORM's own formatter and rows come back as the driver gives them
 * (numbers, strings, null), exactly as `em.getConnection().execute()` returns them.
 */

/** The pool of each running app, by its ORM configuration (shared by every fork of its `em`). */
const pools = new WeakMap<Configuration, ReadPool>();

export function registerReadPool(orm: MikroORM, pool: ReadPool): void {
  pools.set(orm.config, pool);
}

export function readPoolOf(em: EntityManager): ReadPool | undefined {
  return pools.get(em.config);
}

/**
 * A heavy read: in the app's read pool when it has one, else (CLI, seeders, or inside a
 * transaction, whose uncommitted rows only its own connection sees) on the ORM's connection.
 * Its budget: the one it runs within (`runWithReadBudget`), else the one of `em`'s request.
 */
export async function readAll<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: readonly unknown[] = [],
): Promise<T[]> {
  const pool = readPoolOf(em);
  const trx = em.getTransactionContext();
  if (!pool || trx) {
    return (await em.getConnection().execute(sql, [...params], 'all', trx)) as T[];
  }
  const budget = currentReadBudget() ? undefined : emBudgets.get(em);
  return budget
    ? runWithReadBudget(budget, () => pool.all<T>(sql, params))
    : pool.all<T>(sql, params);
}

export interface ReadPoolOptions {
  engine: DatabaseEngine;
  /** SQLite: the database file. */
  databaseUrl: string;
  /** How many reads run at once (SQLite: one process each); the others wait their turn. */
  workers: number;
}

/** The default number of SQLite read processes: one per core, at most 4. */
export const defaultReadWorkers = () => Math.max(1, Math.min(4, os.availableParallelism()));

export function createReadPool(orm: MikroORM, options: ReadPoolOptions): ReadPool {
  const size = Math.max(1, Math.floor(options.workers));
  if (options.engine === 'postgresql') return new PostgresReadPool(orm, size);
  if (options.databaseUrl === ':memory:' || options.databaseUrl === '') {
    return new ConnectionReadPool(orm); // nothing another connection could open
  }
  return new SqliteReadPool(orm, options.databaseUrl, size);
}

/** Without another connection: reads on the ORM's (no isolation, no cancellation). */
class ConnectionReadPool implements ReadPool {
  constructor(private readonly orm: MikroORM) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.orm.em.getConnection().execute(sql, [...params])) as T[];
  }

  queued(): number {
    return 0;
  }

  async close(): Promise<void> {}
}
