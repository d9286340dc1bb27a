import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import type { MikroORM } from '@mikro-orm/core';
import { currentReadBudget, logRead, type ReadBudget, type ReadPool } from './read-budget.js';

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

export class SqliteReadPool implements ReadPool {
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

  queued(): number {
    return this.queue.length;
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
