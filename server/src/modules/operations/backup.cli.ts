/**
 * `pnpm masar backup [--to DIR]` and `pnpm masar restore FROM` (dispatched by cli/commands.ts):
 * what they print, and one sentence with a non-zero exit when they cannot do it.
 */
import fs from 'node:fs';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../../db/mikro-orm.config.js';
import { BackupError } from './backup-manifest.js';
import { failureMessage, runManualBackup, type BackupSettings } from './backup.service.js';
import { restoreBackup } from './restore.service.js';

interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** The error as the operator reads it: a BackupError as it is, anything else in one line. */
function explain(err: unknown, what: string): string {
  return err instanceof BackupError ? err.message : `${what} failed: ${failureMessage(err)}`;
}

/**
 * Opens the PostgreSQL database without migrating it: a backup reads the schema as it is (a
 * running app of another version may own it).
 */
async function openForBackup(settings: BackupSettings): Promise<MikroORM> {
  try {
    const orm = await MikroORM.init(ormOptions(settings));
    await orm.em.getConnection().execute('select 1');
    return orm;
  } catch (err) {
    throw new BackupError(
      `Cannot open the database to back it up (${failureMessage(err)}): check DATABASE_URL and that the database is running.`,
    );
  }
}

export async function backupCommand(
  settings: BackupSettings,
  to: string | undefined,
  io: Io,
): Promise<number> {
  let orm: MikroORM | undefined;
  try {
    if (settings.engine === 'sqlite' && !fs.existsSync(settings.databaseUrl)) {
      throw new BackupError(
        `There is no database at ${settings.databaseUrl} to back up (check MASAR_DATA_DIR).`,
      );
    }
    // SQLite: the snapshot process opens the file itself; the CLI keeps off the live database.
    if (settings.engine === 'postgresql') orm = await openForBackup(settings);
    const { dir, manifest, size } = await runManualBackup(orm, settings, to);
    const rows = Object.values(manifest.tables).reduce((a, b) => a + b, 0);
    io.out(
      `Backup written to ${dir}: ${plural(manifest.files.length, 'file')}, ${megabytes(size)}, ${plural(rows, 'row')}, schema ${manifest.schemaVersion ?? 'empty'}.`,
    );
    return 0;
  } catch (err) {
    io.err(explain(err, 'The backup'));
    return 1;
  } finally {
    await orm?.close(true);
  }
}

export async function restoreCommand(
  settings: BackupSettings,
  from: string | undefined,
  io: Io,
): Promise<number> {
  if (!from) {
    io.err('restore needs the backup folder: pnpm masar restore FROM');
    return 2;
  }
  try {
    const { manifest, migrated, files } = await restoreBackup(from, settings);
    const where = settings.engine === 'sqlite' ? settings.databaseUrl : 'the PostgreSQL database';
    io.out(
      `Restored the backup of ${manifest.createdAt} into ${where} and ${plural(files, 'attachment file')} into ${settings.dataDir}; every checksum and row count matched.`,
    );
    if (migrated.length)
      io.out(`Migrated it from ${manifest.schemaVersion} to ${migrated.at(-1)}.`);
    return 0;
  } catch (err) {
    io.err(explain(err, 'The restore'));
    return 1;
  }
}
