import { AsyncLocalStorage } from 'node:async_hooks';
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import os from 'node:os';
import type { Configuration, EntityManager, MikroORM } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { DatabaseEngine } from '../config.js';

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
export interface ReadPool {
  all<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
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
const emBudgets = new WeakMap<EntityManager, ReadBudget>();

/** Gives (or, with undefined, takes back) the budget of every read made with `em`. */
export function setReadBudget(em: EntityManager, budget: ReadBudget | undefined): void {
  if (budget) emBudgets.set(em, budget);
  else emBudgets.delete(em);
}

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

/** Reports a pool statement to the ORM's query log, as the ORM does for its own statements. */
function logRead(orm: MikroORM, sql: string, started: number, rows?: unknown[], failed = false) {
  const logger = orm.config.getLogger();
  if (!logger.isEnabled('query')) return;
  logger.logQuery({
    query: sql,
    took: Date.now() - started,
    results: rows?.length,
    level: failed ? 'error' : 'info',
    connection: { type: 'read', name: 'read-pool' },
  });
}

/** Without another connection: reads on the ORM's (no isolation, no cancellation). */
class ConnectionReadPool implements ReadPool {
  constructor(private readonly orm: MikroORM) {}

  async all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    return (await this.orm.em.getConnection().execute(sql, [...params])) as T[];
  }

  async close(): Promise<void> {}
}

function isKnexTimeout(e: unknown): boolean {
  return (e as Error | null)?.name === 'KnexTimeoutError';
}

/**
 * At most `size` heavy reads at once, the others wait their turn: nine aliased statistics would
 * otherwise hold nine of the ORM pool's ten connections while everyone else waits for one.
 */
class PostgresReadPool implements ReadPool {
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

  async close(): Promise<void> {}
}

/**
 * The program of one SQLite read process (CommonJS, run with `node -e`, so the same under the
 * TypeScript sources and the built dist): a read-only connection; one statement at a time.
 */
const SQLITE_READER = `'use strict';
const Database = require(process.argv[1]);
const db = new Database(process.argv[2], { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
process.on('disconnect', () => process.exit(0));
process.on('message', (job) => {
  let reply;
  try {
    const statement = db.prepare(job.sql);
    reply = { id: job.id, rows: statement.reader ? statement.all() : (statement.run(), []) };
  } catch (e) {
    reply = { id: job.id, error: { message: String((e && e.message) || e), code: e && e.code } };
  }
  process.send(reply);
});
`;

interface Job {
  id: number;
  sql: string;
  formatted: string;
  budget: ReadBudget | undefined;
  started: number;
  resolve(rows: unknown[]): void;
  reject(error: Error): void;
  reader?: Reader;
  onAbort?: () => void;
  done?: boolean;
}

interface Reader {
  child: ChildProcess;
  job?: Job;
}

type Reply =
  | { id: number; rows: unknown[]; error?: undefined }
  | { id: number; error: { message: string; code?: string } };

class SqliteReadPool implements ReadPool {
  private readonly readers = new Set<Reader>();
  private readonly queue: Job[] = [];
  private readonly betterSqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly file: string,
    private readonly size: number,
  ) {}

  all<T>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
    if (this.closed) return Promise.reject(new Error('The read pool is closed.'));
    const budget = currentReadBudget();
    if (budget?.signal.aborted) return Promise.reject(budget.error());
    return new Promise<T[]>((resolve, reject) => {
      const job: Job = {
        id: this.nextId++,
        sql,
        formatted: this.orm.em.getPlatform().formatQuery(sql, [...params]),
        budget,
        started: Date.now(),
        resolve: resolve as (rows: unknown[]) => void,
        reject,
      };
      if (budget) {
        job.onAbort = () => this.abort(job);
        budget.signal.addEventListener('abort', job.onAbort, { once: true });
      }
      this.queue.push(job);
      this.pump();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) this.settle(job, new Error('The read pool is closed.'));
    const exits: Promise<unknown>[] = [];
    for (const reader of [...this.readers]) {
      if (reader.job) this.settle(reader.job, new Error('The read pool is closed.'));
      exits.push(this.kill(reader));
    }
    await Promise.all(exits);
  }

  /** Starts queued jobs on idle readers, starting readers up to the pool's size. */
  private pump(): void {
    while (this.queue.length > 0) {
      let reader = [...this.readers].find((r) => !r.job);
      if (!reader) {
        if (this.readers.size >= this.size) return;
        reader = this.startReader();
      }
      const job = this.queue.shift()!;
      job.reader = reader;
      reader.job = job;
      reader.child.ref();
      (reader.child.channel as { ref?: () => void } | undefined)?.ref?.();
      reader.child.send({ id: job.id, sql: job.formatted });
    }
  }

  private startReader(): Reader {
    const child = spawn(process.execPath, ['-e', SQLITE_READER, this.betterSqlitePath, this.file], {
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      serialization: 'advanced',
    });
    const reader: Reader = { child };
    this.readers.add(reader);
    child.on('message', (reply: Reply) => {
      const job = reader.job;
      if (!job || job.id !== reply.id) return;
      reader.job = undefined;
      this.idle(reader);
      if (reply.error) {
        const error = Object.assign(new Error(reply.error.message), { code: reply.error.code });
        logRead(this.orm, job.sql, job.started, undefined, true);
        this.settle(job, error);
      } else {
        logRead(this.orm, job.sql, job.started, reply.rows);
        this.settle(job, undefined, reply.rows);
      }
      this.pump();
    });
    const gone = (why: string) => {
      if (!this.readers.delete(reader)) return;
      if (reader.job) this.settle(reader.job, new Error(`The SQLite read process ${why}.`));
      reader.job = undefined;
      if (!this.closed) this.pump();
    };
    child.on('exit', (code, signal) => gone(`ended (${signal ?? code})`));
    child.on('error', (e) => gone(`failed: ${e.message}`));
    return reader;
  }

  /** An idle reader does not keep the process alive (a CLI that forgets close() still exits). */
  private idle(reader: Reader): void {
    reader.child.unref();
    (reader.child.channel as { unref?: () => void } | undefined)?.unref?.();
  }

  /** The deadline passed: stop the statement where it is, and answer TIMEOUT. */
  private abort(job: Job): void {
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    const reader = job.reader;
    if (reader && reader.job === job) {
      reader.job = undefined;
      this.readers.delete(reader);
      void this.kill(reader);
      logRead(this.orm, job.sql, job.started, undefined, true);
    }
    this.settle(job, job.budget!.error());
    this.pump();
    // A fresh reader now, so that the next read does not wait for a process to start.
    if (!this.closed && this.readers.size < this.size) this.idle(this.startReader());
  }

  private kill(reader: Reader): Promise<void> {
    this.readers.delete(reader);
    const { child } = reader;
    if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGKILL');
    });
  }

  private settle(job: Job, error?: Error, rows?: unknown[]): void {
    if (job.done) return;
    job.done = true;
    if (job.onAbort) job.budget?.signal.removeEventListener('abort', job.onAbort);
    job.onAbort = undefined;
    if (error) job.reject(error);
    else job.resolve(rows ?? []);
  }
}
