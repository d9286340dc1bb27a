/**
 * Taking a backup while the app serves: the database snapshot (backup-database.ts), then the
 * attachments' files, then the manifest, in a folder `masar-<time>` under the backup directory.
 * The folder is written under a hidden name and renamed once complete, so a folder named
 * `masar-…` is always a finished backup. Each run is recorded in `backup_run`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { attachmentsDir } from '../common/stored-files.js';
import { BackupRun } from './backup-run.entity.js';
import { BackupRunStatus, BackupTrigger } from './backup.enums.js';
import {
  dumpPostgres,
  snapshotSqlite,
  stoppedError,
  type SnapshotFacts,
} from './backup-database.js';
import {
  BackupError,
  DATABASE_FILE,
  FILES_DIR,
  backupSize,
  describeFiles,
  syncToDisk,
  writeManifest,
  type BackupManifest,
} from './backup-manifest.js';

/** The settings a backup reads. */
export type BackupSettings = Pick<
  Config,
  | 'engine'
  | 'databaseUrl'
  | 'dataDir'
  | 'backupDir'
  | 'backupTime'
  | 'backupKeep'
  | 'pgDump'
  | 'pgRestore'
>;

export interface BackupResult {
  dir: string;
  manifest: BackupManifest;
  size: number;
}

/** A backup folder's name: `masar-2026-12-06T23-30-00Z` (sorts by time). */
export const BACKUP_NAME = /^masar-\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z(-\d+)?$/;

function folderName(at: Date): string {
  return `masar-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z`;
}

/** Copies the stored attachments (not uploads still arriving) into the backup folder. */
async function copyAttachments(dataDir: string, target: string): Promise<void> {
  const source = attachmentsDir(dataDir);
  let names: string[];
  try {
    names = await fs.promises.readdir(source);
  } catch {
    return; // No attachment yet.
  }
  const into = path.join(target, FILES_DIR, 'attachments');
  await fs.promises.mkdir(into, { recursive: true });
  for (const name of names) {
    if (name.endsWith('.part')) continue;
    const from = path.join(source, name);
    if ((await fs.promises.stat(from)).isFile()) {
      await fs.promises.copyFile(from, path.join(into, name));
    }
  }
}

/**
 * Writes one backup under `to` (default: the backup directory setting). The database is
 * snapshotted first; the attachments are copied after it, so every attachment row in the
 * snapshot has its file (a file is stored before its row is committed).
 */
export async function createBackup(
  orm: MikroORM | undefined,
  settings: BackupSettings,
  to: string = settings.backupDir,
  signal?: AbortSignal,
): Promise<BackupResult> {
  const parent = path.resolve(to);
  try {
    await fs.promises.mkdir(parent, { recursive: true });
    await fs.promises.access(parent, fs.constants.W_OK);
  } catch {
    throw new BackupError(
      `The backup directory ${parent} cannot be written: create it or fix its permissions.`,
    );
  }
  const startedAt = new Date();
  const partial = await fs.promises.mkdtemp(path.join(parent, '.partial-'));
  try {
    const databaseFile = path.join(partial, DATABASE_FILE[settings.engine]);
    let facts: SnapshotFacts;
    if (settings.engine === 'sqlite') {
      facts = await snapshotSqlite(settings.databaseUrl, databaseFile, signal);
    } else {
      if (!orm) throw new Error('A PostgreSQL backup needs the database connection.');
      facts = await dumpPostgres(orm, settings.databaseUrl, settings.pgDump, databaseFile, signal);
    }
    if (signal?.aborted) throw stoppedError();
    await copyAttachments(settings.dataDir, partial);
    const manifest: BackupManifest = {
      format: 1,
      createdAt: startedAt.toISOString(),
      engine: settings.engine,
      schemaVersion: facts.migrations.at(-1) ?? null,
      migrations: facts.migrations,
      tables: facts.tables,
      files: await describeFiles(partial),
    };
    await writeManifest(partial, manifest);
    let dir = path.join(parent, folderName(startedAt));
    for (let n = 2; fs.existsSync(dir); n++)
      dir = path.join(parent, `${folderName(startedAt)}-${n}`);
    await fs.promises.rename(partial, dir);
    await syncToDisk(parent); // The rename itself, on the disk.
    return { dir, manifest, size: await backupSize(dir, manifest) };
  } catch (err) {
    await fs.promises.rm(partial, { recursive: true, force: true });
    throw err;
  }
}

/** One sentence for a failed run: a BackupError's own, else the error's first line. */
export function failureMessage(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return (message.split('\n')[0] ?? '').slice(0, 500) || 'The backup failed.';
}

/**
 * Runs `take` as the backup run `run` (already inserted as RUNNING) and records how it ended.
 * Returns the result, or rethrows the failure once it is recorded.
 */
export async function recordRun(
  em: EntityManager,
  run: BackupRun,
  take: () => Promise<BackupResult>,
): Promise<BackupResult> {
  try {
    const result = await take();
    em.assign(run, {
      status: BackupRunStatus.OK,
      finishedAt: new Date(),
      location: result.dir,
      sizeBytes: result.size,
    });
    await em.flush();
    return result;
  } catch (err) {
    em.assign(run, {
      status: BackupRunStatus.FAILED,
      finishedAt: new Date(),
      error: failureMessage(err),
    });
    await em.flush().catch(() => undefined);
    throw err;
  }
}

/**
 * A backup by hand (`pnpm masar backup`). On PostgreSQL it is recorded like a scheduled one. On
 * SQLite it writes nothing to the live file: a commit from a second process would make the
 * app's transactions that began reading before it fail to write (SQLITE_BUSY at once, the busy
 * timeout does not apply), so only the app's own scheduled runs are recorded there.
 */
export async function runManualBackup(
  orm: MikroORM | undefined,
  settings: BackupSettings,
  to?: string,
): Promise<BackupResult> {
  if (!orm || settings.engine === 'sqlite') return createBackup(orm, settings, to);
  const em = orm.em.fork();
  let run: BackupRun | null = em.create(BackupRun, {
    trigger: BackupTrigger.MANUAL,
    status: BackupRunStatus.RUNNING,
    startedAt: new Date(),
  });
  try {
    await em.flush();
  } catch {
    // A database from before backup_run existed: the backup is still taken, not recorded.
    run = null;
    em.clear();
  }
  const take = () => createBackup(orm, settings, to);
  return run ? recordRun(em, run, take) : take();
}

/** The newest successful backup, for /readyz and the admin's page. */
export function latestBackup(em: EntityManager): Promise<BackupRun | null> {
  return em
    .fork()
    .findOne(
      BackupRun,
      { status: BackupRunStatus.OK },
      { orderBy: { startedAt: 'desc', id: 'desc' } },
    );
}

/** The newest run, whatever its result. */
export async function lastBackupRun(em: EntityManager): Promise<BackupRun | null> {
  const [run] = await em
    .fork()
    .find(BackupRun, {}, { orderBy: { startedAt: 'desc', id: 'desc' }, limit: 1 });
  return run ?? null;
}

/** A `.partial-…` folder this old was left by a process that died in the middle of a backup. */
const ABANDONED_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the oldest finished backups in `dir` beyond the newest `keep`, and the unfinished
 * folders of backups whose process died more than a day ago.
 */
export async function pruneBackups(dir: string, keep: number): Promise<string[]> {
  const all = await fs.promises.readdir(dir).catch(() => [] as string[]);
  const names = all.filter((n) => BACKUP_NAME.test(n)).sort();
  const removed = names.slice(0, Math.max(0, names.length - keep));
  for (const name of all.filter((n) => n.startsWith('.partial-'))) {
    const stat = await fs.promises.stat(path.join(dir, name)).catch(() => null);
    if (stat && Date.now() - stat.mtimeMs > ABANDONED_MS) removed.push(name);
  }
  for (const name of removed) {
    await fs.promises.rm(path.join(dir, name), { recursive: true, force: true });
  }
  return removed;
}
