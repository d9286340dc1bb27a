/**
 * A start that cannot proceed says why in one sentence, naming the path or the database and what
 * to do, and the process exits non-zero without a stack trace (main.ts). The sentence never
 * quotes a driver's message (it can hold a statement or a URL with its password).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ConfigError, type Config } from '../../config.js';

/** A start refused for a reason the operator can fix; `message` is the one sentence. */
export class StartFailure extends Error {
  override name = 'StartFailure';
}

/** The codes along an error's chain of causes (Node's, SQLite's, PostgreSQL's SQLSTATE). */
function codesOf(err: unknown): string[] {
  const codes: string[] = [];
  let e: unknown = err;
  for (let depth = 0; e && typeof e === 'object' && depth < 6; depth++) {
    const { code, errno, sqlState } = e as { code?: unknown; errno?: unknown; sqlState?: unknown };
    for (const c of [code, sqlState, errno]) if (typeof c === 'string') codes.push(c);
    e = (e as { cause?: unknown }).cause ?? (e as { jse_cause?: unknown }).jse_cause;
  }
  return codes;
}

/** A PostgreSQL URL without its password, for a sentence. */
export function safeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

const WHERE_FILES = (dir: string) =>
  `the data directory ${dir} (MASAR_DATA_DIR: the SQLite file and the attachments)`;

/**
 * Writes and removes a small file in `dir`: whether the directory takes a write (not read-only,
 * not full). Named by host and process, as instances sharing one volume probe it at once.
 */
export async function probeWritable(dir: string): Promise<void> {
  const probe = path.join(dir, `.probe-${os.hostname()}-${process.pid}`);
  await fs.promises.writeFile(probe, 'ok');
  await fs.promises.unlink(probe);
}

/** The data directory exists and takes a write; else a StartFailure saying what to do. */
export async function ensureDataDir(dataDir: string): Promise<void> {
  try {
    await fs.promises.mkdir(dataDir, { recursive: true });
    await probeWritable(dataDir);
  } catch (err) {
    throw new StartFailure(explainStartFailure(err, { dataDir }) ?? String(err));
  }
}

/** The one sentence for an error that stopped the start, or null when it is not one we know. */
export function explainStartFailure(
  err: unknown,
  config: Partial<Pick<Config, 'dataDir' | 'engine' | 'databaseUrl' | 'port' | 'host'>>,
): string | null {
  if (err instanceof StartFailure || err instanceof ConfigError) return err.message;
  const codes = codesOf(err);
  const has = (...wanted: string[]) => wanted.some((w) => codes.includes(w));
  const dir = config.dataDir ?? 'MASAR_DATA_DIR';
  const db =
    config.engine === 'postgresql'
      ? `the PostgreSQL database ${safeDatabaseUrl(config.databaseUrl ?? '')}`
      : `the SQLite file ${config.databaseUrl ?? path.join(dir, 'masar.sqlite')}`;
  const migration = (err as { migration?: { name?: string } }).migration?.name;

  if (has('ENOSPC', 'SQLITE_FULL', '53100')) {
    return `The disk holding ${config.engine === 'postgresql' && !has('ENOSPC') ? db : WHERE_FILES(dir)} is full: free some space, then start Masar again.`;
  }
  if (migration) {
    const readOnly = has('SQLITE_READONLY', '25006') ? ' because the database is read-only' : '';
    return `Migrating ${db} failed at ${migration}${readOnly} (${codes[0] ?? 'error'}); nothing of that migration was kept: ${readOnly ? 'make the database writable' : 'restore the last backup (README, "Backups") or report the problem'}, then start Masar again.`;
  }
  if (has('SQLITE_READONLY', 'SQLITE_READONLY_DIRECTORY', '25006')) {
    return `${db[0]!.toUpperCase()}${db.slice(1)} is read-only: make it writable for the user running Masar (or end the database's read-only mode), then start Masar again.`;
  }
  if (has('EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EEXIST', 'SQLITE_CANTOPEN')) {
    return `Masar cannot write to ${WHERE_FILES(dir)} (${codes[0]}): create it and give the user running Masar write access, or set MASAR_DATA_DIR to a directory it can write.`;
  }
  if (has('SQLITE_NOTADB', 'SQLITE_CORRUPT')) {
    return `${db[0]!.toUpperCase()}${db.slice(1)} is not a readable Masar database (${codes[0]}): restore the last backup (README, "Backups").`;
  }
  if (has('ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH', '57P03')) {
    return `Masar cannot reach ${db} (${codes[0]}): start PostgreSQL or correct DATABASE_URL, then start Masar again.`;
  }
  if (has('28P01', '28000')) {
    return `PostgreSQL refused the user of ${db} (${codes.find((c) => c.startsWith('28'))}): correct the user or password in DATABASE_URL.`;
  }
  if (has('3D000')) {
    return `${db[0]!.toUpperCase()}${db.slice(1)} does not exist: create it (createdb) or correct DATABASE_URL.`;
  }
  if (has('42501')) {
    return `The user of ${db} may not create or change tables (42501): grant it the rights on the database, then start Masar again.`;
  }
  if (has('EADDRINUSE', 'EADDRNOTAVAIL')) {
    return `Masar cannot listen on ${config.host ?? 'HOST'} port ${config.port ?? 'PORT'} (${codes[0]}): stop what listens there, or set PORT (or HOST) to a free one.`;
  }
  return null;
}
