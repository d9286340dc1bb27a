import type { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { currentReadBudget, logRead, type ReadBudget, type ReadPool } from './read-budget.js';

function isKnexTimeout(e: unknown): boolean {
  return (e as Error | null)?.name === 'KnexTimeoutError';
}

/**
 * At most `size` heavy reads at once, the others wait their turn: nine aliased statistics would
 * otherwise hold nine of the ORM pool's ten connections while everyone else waits for one.
 */
export class PostgresReadPool implements ReadPool {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly size: number,
  ) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    const budget = currentReadBudget();
    if (budget?.signal.aborted) throw budget.error();
    await this.turn(budget);
    try {
      return await this.run<T>(sql, params, budget);
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }

  /** Waits for a free place; a read whose deadline passes while it waits fails at once. */
  private turn(budget: ReadBudget | undefined): Promise<void> {
    if (this.running < this.size) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = () => {
        const at = this.waiting.indexOf(grant);
        if (at >= 0) this.waiting.splice(at, 1);
        reject(budget!.error());
      };
      const grant = () => {
        budget?.signal.removeEventListener('abort', onAbort);
        this.running++;
        resolve();
      };
      budget?.signal.addEventListener('abort', onAbort, { once: true });
      this.waiting.push(grant);
    });
  }

  private async run<T>(
    sql: string,
    params: readonly unknown[],
    budget: ReadBudget | undefined,
  ): Promise<T[]> {
    if (budget?.signal.aborted) throw budget.error();
    // Looked up per read: applyStatementTimeout reconnects, which replaces the knex instance.
    const connection = this.orm.em.getConnection() as PostgreSqlConnection;
    const formatted = this.orm.em.getPlatform().formatQuery(sql, [...params]);
    let query = connection.getKnex().raw(formatted);
    if (budget) query = query.timeout(Math.max(1, Math.ceil(budget.msLeft())), { cancel: true });
    const started = Date.now();
    try {
      const res = (await query) as { rows: T[] };
      logRead(this.orm, sql, started, res.rows);
      return res.rows;
    } catch (e) {
      logRead(this.orm, sql, started, undefined, true);
      // Cancelled on the server (or the cancel itself failed and the connection was dropped).
      if (budget && (isKnexTimeout(e) || budget.signal.aborted)) throw budget.error();
      throw e;
    }
  }

  queued(): number {
    return this.waiting.length;
  }

  async close(): Promise<void> {}
}
