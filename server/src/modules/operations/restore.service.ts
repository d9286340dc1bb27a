/**
 * `pnpm masar restore FROM`: a backup folder into an EMPTY data directory (SQLite) or an EMPTY
 * database (PostgreSQL). Nothing is written before every check passes: the manifest reads, its
 * engine is the configured one, its schema is one this code knows (a backup from a newer Masar
 * is refused; an older one is migrated after the restore), every file matches its SHA-256, and
 * the target is empty. After the restore the row counts are compared with the manifest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../../db/mikro-orm.config.js';
import { openDatabase } from '../../db/orm.js';
import { sqliteMigrations } from '../../db/migrations/sqlite/index.js';
import { postgresqlMigrations } from '../../db/migrations/postgresql/index.js';
import { attachmentsDir } from '../common/stored-files.js';
import {
  describeSqlite,
  pgConnection,
  pgFacts,
  runPgTool,
  type SnapshotFacts,
} from './backup-database.js';
import { BackupRun } from './backup-run.entity.js';
import { BackupRunStatus } from './backup.enums.js';
import {
  BackupError,
  DATABASE_FILE,
  backupSize,
  FILES_DIR,
  readManifest,
  syncToDisk,
  verifyFiles,
  type BackupManifest,
} from './backup-manifest.js';
import type { BackupSettings } from './backup.service.js';

export interface RestoreResult {
  manifest: BackupManifest;
  /** Migrations applied after the restore (the backup was from an older schema). */
  migrated: string[];
  files: number;
}

const engineName = { sqlite: 'SQLite', postgresql: 'PostgreSQL' } as const;

/** Entries a data directory may hold and still count as empty. */
const ALLOWED_IN_EMPTY = new Set(['backups', 'lost+found']);

/** Refuses a backup from a schema newer than this code's. */
function checkSchema(manifest: BackupManifest): void {
  const known = new Set(
    (manifest.engine === 'sqlite' ? sqliteMigrations : postgresqlMigrations).map((m) => m.name),
  );
  const unknown = manifest.migrations.filter((name) => !known.has(name));
  if (unknown.length) {
    throw new BackupError(
      `This backup comes from a newer version of Masar (its schema has ${unknown[0]}, which this version does not know): restore it with that version or a later one.`,
    );
  }
}

/** The data directory holds no database and no files (a `backups` folder aside). */
async function checkDataDirEmpty(settings: BackupSettings): Promise<void> {
  const entries = await fs.promises.readdir(settings.dataDir).catch(() => [] as string[]);
  const busy = entries.filter((e) => !ALLOWED_IN_EMPTY.has(e));
  if (busy.length) {
    throw new BackupError(
      `The data directory ${settings.dataDir} is not empty (it holds ${busy.slice(0, 3).join(', ')}): restore into an empty directory (set MASAR_DATA_DIR) so nothing is overwritten.`,
    );
  }
  if (settings.engine === 'sqlite' && fs.existsSync(settings.databaseUrl)) {
    throw new BackupError(
      `The database file ${settings.databaseUrl} already exists: restore into an empty place so nothing is overwritten.`,
    );
  }
}

function describeUrl(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`;
}

/** Connects to the target PostgreSQL database without migrating it. */
async function connectPostgres(databaseUrl: string): Promise<MikroORM> {
  try {
    const orm = await MikroORM.init(ormOptions({ engine: 'postgresql', databaseUrl }));
    await orm.em.getConnection().execute('select 1');
    return orm;
  } catch (err) {
    const reason = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err);
    throw new BackupError(
      `Cannot connect to the PostgreSQL database ${describeUrl(databaseUrl)} (${reason}): create it (createdb) and check DATABASE_URL.`,
    );
  }
}

function compareCounts(restored: SnapshotFacts, manifest: BackupManifest): void {
  for (const [table, rows] of Object.entries(manifest.tables)) {
    if (restored.tables[table] !== rows) {
      throw new BackupError(
        `The restored table ${table} has ${restored.tables[table] ?? 'no'} rows where the manifest says ${rows}: the restore is not trustworthy.`,
      );
    }
  }
}

async function restoreSqlite(from: string, settings: BackupSettings, manifest: BackupManifest) {
  const target = settings.databaseUrl;
  await fs.promises.mkdir(path.dirname(target), { recursive: true });
  const temp = `${target}.restoring`;
  try {
    await fs.promises.copyFile(path.join(from, DATABASE_FILE.sqlite), temp);
    const facts = await describeSqlite(temp);
    if (facts.integrity !== 'ok') {
      throw new BackupError(
        `The backup's database fails SQLite's integrity check: ${facts.integrity}.`,
      );
    }
    compareCounts(facts, manifest);
    await syncToDisk(temp);
    await fs.promises.rename(temp, target);
  } catch (err) {
    // Nothing half-restored is left behind: the place stays empty for another try.
    await fs.promises.rm(temp, { force: true });
    throw err;
  }
}

async function restorePostgres(from: string, settings: BackupSettings, manifest: BackupManifest) {
  const orm = await connectPostgres(settings.databaseUrl);
  try {
    const execute = (sql: string) =>
      orm.em.getConnection().execute(sql) as Promise<Record<string, unknown>[]>;
    const [row] = await execute(
      "select count(*) as n from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')",
    );
    if (Number(row!.n) > 0) {
      throw new BackupError(
        `The database ${describeUrl(settings.databaseUrl)} is not empty (it has ${Number(row!.n)} tables): restore into a new, empty database (createdb) so nothing is overwritten.`,
      );
    }
    const { url, env } = pgConnection(settings.databaseUrl);
    await runPgTool(
      settings.pgRestore,
      'MASAR_PG_RESTORE',
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        '--single-transaction',
        `--dbname=${url}`,
        path.join(from, DATABASE_FILE.postgresql),
      ],
      env,
    );
    compareCounts(await pgFacts(execute), manifest);
  } finally {
    await orm.close(true);
  }
}

/** Copies the backup's attachments into the data directory. */
async function restoreFiles(from: string, settings: BackupSettings, manifest: BackupManifest) {
  const prefix = `${FILES_DIR}/attachments/`;
  const files = manifest.files.filter((f) => f.path.startsWith(prefix));
  if (!files.length) return 0;
  const into = attachmentsDir(settings.dataDir);
  await fs.promises.mkdir(into, { recursive: true });
  for (const f of files) {
    await fs.promises.copyFile(
      path.join(from, f.path),
      path.join(into, f.path.slice(prefix.length)),
    );
  }
  return files.length;
}

/**
 * The snapshot holds the run that took it, still RUNNING then; it finished, since here is its
 * backup: recorded as such, so the restored desk's admins do not see a backup under way forever.
 */
async function settleOwnRun(orm: MikroORM, dir: string, manifest: BackupManifest) {
  const em = orm.em.fork();
  const [run] = await em.find(
    BackupRun,
    { status: BackupRunStatus.RUNNING, startedAt: { $lte: new Date(manifest.createdAt) } },
    { orderBy: { startedAt: 'desc' }, limit: 1 },
  );
  if (!run) return;
  em.assign(run, {
    status: BackupRunStatus.OK,
    location: dir,
    sizeBytes: await backupSize(dir, manifest),
  });
  await em.flush();
}

/** Restores the backup folder `from` into the configured (empty) data directory and database. */
export async function restoreBackup(
  from: string,
  settings: BackupSettings,
): Promise<RestoreResult> {
  const dir = path.resolve(from);
  const manifest = await readManifest(dir);
  if (manifest.engine !== settings.engine) {
    throw new BackupError(
      `This is a ${engineName[manifest.engine]} backup but DATABASE_URL points at ${engineName[settings.engine]}: restore it on the same engine.`,
    );
  }
  checkSchema(manifest);
  await verifyFiles(dir, manifest);
  await checkDataDirEmpty(settings);
  await fs.promises.mkdir(settings.dataDir, { recursive: true });

  if (settings.engine === 'sqlite') await restoreSqlite(dir, settings, manifest);
  else await restorePostgres(dir, settings, manifest);
  const files = await restoreFiles(dir, settings, manifest);

  // An older schema is brought up to this version's, as a start would.
  const known = (settings.engine === 'sqlite' ? sqliteMigrations : postgresqlMigrations).map(
    (m) => m.name,
  );
  const migrated = known.filter((name) => !manifest.migrations.includes(name));
  const orm = await openDatabase(settings);
  try {
    await settleOwnRun(orm, dir, manifest);
  } finally {
    await orm.close(true);
  }
  return { manifest, migrated, files };
}
