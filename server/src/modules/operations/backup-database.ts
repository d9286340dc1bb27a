/**
 * The database half of a backup and a restore, per engine. SQLite: `VACUUM INTO` on a connection
 * of its own to the live file, in a child process (better-sqlite3 is synchronous: the app's
 * requests keep being served meanwhile), giving one consistent snapshot — never a file copy,
 * which misses acknowledged changes still in the WAL. PostgreSQL: `pg_dump -Fc` on a snapshot
 * exported by a REPEATABLE READ transaction, whose rows are counted in that same snapshot.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { IsolationLevel, type MikroORM } from '@mikro-orm/core';
import { BackupError } from './backup-manifest.js';

/** What a snapshot held: rows per table and the migrations applied. */
export interface SnapshotFacts {
  tables: Record<string, number>;
  migrations: string[];
}

const betterSqlitePath = () => createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * The program of the SQLite snapshot process (CommonJS, run with `node -e`, the same under the
 * TypeScript sources and the built dist). argv: better-sqlite3, mode, then its files.
 * `snapshot LIVE COPY`: VACUUM INTO the copy, then describe the copy.
 * `describe FILE`: rows per table, migrations, and the integrity check of FILE.
 */
const SQLITE_SNAPSHOT = `'use strict';
const Database = require(process.argv[1]);
const [mode, first, second] = process.argv.slice(2);
const describe = (file) => {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  const names = db.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all();
  const tables = {};
  for (const name of names) tables[name] = db.prepare('select count(*) from "' + name.replace(/"/g, '""') + '"').pluck().get();
  const migrations = names.includes('mikro_orm_migrations') ? db.prepare('select name from mikro_orm_migrations order by id').pluck().all() : [];
  const integrity = db.pragma('integrity_check', { simple: true });
  db.close();
  return { tables, migrations, integrity };
};
try {
  if (mode === 'snapshot') {
    const live = new Database(first, { fileMustExist: true });
    live.pragma('busy_timeout = 10000');
    live.prepare('VACUUM INTO ?').run(second);
    live.close();
  }
  process.stdout.write(JSON.stringify(describe(mode === 'snapshot' ? second : first)));
} catch (e) {
  process.stderr.write(String((e && e.message) || e));
  process.exit(1);
}
`;

interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
  spawnError?: NodeJS.ErrnoException;
}

/** The refusal of a backup stopped on purpose (the server is stopping). */
export const stoppedError = () =>
  new BackupError('The backup was stopped because the server is stopping.');

/** Runs a program to its end (or until `signal` kills it), collecting its output; never throws. */
export function runProgram(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
  signal?: AbortSignal,
): Promise<Finished> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], signal });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', (spawnError: NodeJS.ErrnoException) =>
      resolve({ code: null, stdout, stderr, spawnError }),
    );
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** The last non-empty line a program wrote on stderr, for a one-sentence error. */
const lastLine = (text: string) =>
  text
    .trim()
    .split('\n')
    .filter((l) => l.trim())
    .at(-1)
    ?.replace(/^\w+: (error: )?/, '') ?? 'no message';

async function sqliteProgram(
  args: string[],
  signal?: AbortSignal,
): Promise<SnapshotFacts & { integrity: string }> {
  const r = await runProgram(
    process.execPath,
    ['-e', SQLITE_SNAPSHOT, betterSqlitePath(), ...args],
    process.env,
    signal,
  );
  if (signal?.aborted) throw stoppedError();
  if (r.code !== 0) throw new BackupError(`SQLite refused: ${lastLine(r.stderr)}.`);
  return JSON.parse(r.stdout) as SnapshotFacts & { integrity: string };
}

/** A consistent copy of the live SQLite file at `copy`, and what it holds. */
export async function snapshotSqlite(
  live: string,
  copy: string,
  signal?: AbortSignal,
): Promise<SnapshotFacts> {
  const facts = await sqliteProgram(['snapshot', live, copy], signal);
  if (facts.integrity !== 'ok') {
    throw new BackupError(
      `The copy of ${live} failed SQLite's integrity check: ${facts.integrity}.`,
    );
  }
  return facts;
}

/** Rows per table, migrations and `PRAGMA integrity_check` of a SQLite file. */
export function describeSqlite(file: string): Promise<SnapshotFacts & { integrity: string }> {
  return sqliteProgram(['describe', file]);
}

/** A connection URL without its password, and the environment that carries the password. */
export function pgConnection(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return {
    url: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

/** Runs pg_dump or pg_restore; a missing program or a failure is one sentence. */
export async function runPgTool(
  program: string,
  setting: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  signal?: AbortSignal,
) {
  const r = await runProgram(program, args, env, signal);
  if (signal?.aborted) throw stoppedError();
  if (r.spawnError?.code === 'ENOENT') {
    throw new BackupError(
      `${program} was not found: install PostgreSQL's client programs (Debian: postgresql-client) or set ${setting} to its path.`,
    );
  }
  if (r.spawnError) throw new BackupError(`${program} could not start: ${r.spawnError.message}.`);
  if (r.code !== 0) throw new BackupError(`${program} failed: ${lastLine(r.stderr)}.`);
}

/** Rows per table (current schema) and the migrations, as `execute` sees them. */
export async function pgFacts(
  execute: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<SnapshotFacts> {
  const names = (
    await execute(
      'select tablename from pg_tables where schemaname = current_schema() order by tablename',
    )
  ).map((r) => String(r.tablename));
  const tables: Record<string, number> = {};
  for (const name of names) {
    const [row] = await execute(`select count(*) as n from "${name.replace(/"/g, '""')}"`);
    tables[name] = Number(row!.n);
  }
  const migrations = names.includes('mikro_orm_migrations')
    ? (await execute('select name from mikro_orm_migrations order by id')).map((r) =>
        String(r.name),
      )
    : [];
  return { tables, migrations };
}

/**
 * pg_dump in custom format of the snapshot a REPEATABLE READ transaction exports, and the rows
 * that same snapshot holds: the manifest counts exactly what the dump contains.
 */
export async function dumpPostgres(
  orm: MikroORM,
  databaseUrl: string,
  pgDump: string,
  file: string,
  signal?: AbortSignal,
): Promise<SnapshotFacts> {
  const em = orm.em.fork();
  return em.transactional(
    async (tem) => {
      const conn = tem.getConnection();
      const trx = tem.getTransactionContext();
      const execute = (sql: string) =>
        conn.execute(sql, [], 'all', trx) as Promise<Record<string, unknown>[]>;
      const [row] = await execute('select pg_export_snapshot() as snapshot');
      const { url, env } = pgConnection(databaseUrl);
      const dumped = runPgTool(
        pgDump,
        'MASAR_PG_DUMP',
        [
          '--format=custom',
          '--no-owner',
          '--no-privileges',
          `--snapshot=${String(row!.snapshot)}`,
          `--file=${file}`,
          `--dbname=${url}`,
        ],
        env,
        signal,
      );
      // Counted while pg_dump reads: both see the exported snapshot.
      const [facts, dump] = await Promise.allSettled([pgFacts(execute), dumped]);
      if (dump.status === 'rejected') throw dump.reason;
      if (facts.status === 'rejected') throw facts.reason;
      return facts.value;
    },
    { isolationLevel: IsolationLevel.REPEATABLE_READ, readOnly: true },
  );
}
