/**
 * A backup folder's manifest (`manifest.json`): when, which engine, which schema, how many rows
 * each table held, and the size and SHA-256 of every file. Written last, so a folder without one
 * is not a finished backup; checked in full before anything is restored.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { DatabaseEngine } from '../../config.js';

export const MANIFEST_FILE = 'manifest.json';
/** The database inside a backup folder: a SQLite file, or pg_dump's custom format. */
export const DATABASE_FILE: Record<DatabaseEngine, string> = {
  sqlite: 'database.sqlite',
  postgresql: 'database.dump',
};
/** Where the attachments' files go inside a backup folder. */
export const FILES_DIR = 'files';

/** A refusal or failure of a backup or restore, said in one sentence for the operator. */
export class BackupError extends Error {
  override name = 'BackupError';
}

export interface ManifestFile {
  /** Relative to the backup folder, with forward slashes. */
  path: string;
  size: number;
  sha256: string;
}

export interface BackupManifest {
  format: 1;
  /** ISO time the database snapshot was taken. */
  createdAt: string;
  engine: DatabaseEngine;
  /** The last migration applied to the backed-up database. */
  schemaVersion: string | null;
  /** Every migration applied, in order. */
  migrations: string[];
  /** Rows per table in the snapshot. */
  tables: Record<string, number>;
  files: ManifestFile[];
}

/** Forces a file (or a directory's entries) to the disk. */
export async function syncToDisk(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Size and SHA-256 of every file under `dir`, sorted by path; each file is synced to the disk
 * first, so a backup the manifest vouches for survives a power cut.
 */
export async function describeFiles(dir: string): Promise<ManifestFile[]> {
  const found: ManifestFile[] = [];
  const walk = async (sub: string) => {
    for (const entry of await fs.promises.readdir(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile() && rel !== MANIFEST_FILE) {
        const full = path.join(dir, rel);
        await syncToDisk(full);
        found.push({
          path: rel,
          size: (await fs.promises.stat(full)).size,
          sha256: await sha256Of(full),
        });
      }
    }
    await syncToDisk(path.join(dir, sub)); // Its entries too.
  };
  await walk('');
  return found.sort((a, b) => (a.path < b.path ? -1 : 1));
}

export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  const file = path.join(dir, MANIFEST_FILE);
  await fs.promises.writeFile(file, `${JSON.stringify(manifest, null, 2)}\n`, { flag: 'wx' });
  await syncToDisk(file);
}

/** Reads and checks the shape of a backup folder's manifest. */
export async function readManifest(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, MANIFEST_FILE);
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch {
    throw new BackupError(`${dir} is not a Masar backup: it has no readable ${MANIFEST_FILE}.`);
  }
  let manifest: BackupManifest;
  try {
    manifest = JSON.parse(text) as BackupManifest;
  } catch {
    throw new BackupError(`${file} is not valid JSON: the backup is damaged.`);
  }
  if (
    manifest?.format !== 1 ||
    (manifest.engine !== 'sqlite' && manifest.engine !== 'postgresql') ||
    !Array.isArray(manifest.files) ||
    !Array.isArray(manifest.migrations) ||
    typeof manifest.tables !== 'object'
  ) {
    throw new BackupError(`${file} is not a manifest this version of Masar reads.`);
  }
  return manifest;
}

/**
 * Checks every file the manifest lists against its size and SHA-256, and that the database file
 * is among them; throws a BackupError naming the first file that differs.
 */
export async function verifyFiles(dir: string, manifest: BackupManifest): Promise<void> {
  if (!manifest.files.some((f) => f.path === DATABASE_FILE[manifest.engine])) {
    throw new BackupError(`The manifest of ${dir} lists no ${DATABASE_FILE[manifest.engine]}.`);
  }
  for (const f of manifest.files) {
    const full = path.resolve(dir, f.path);
    if (!full.startsWith(path.resolve(dir) + path.sep)) {
      throw new BackupError(`The manifest of ${dir} names a file outside the backup (${f.path}).`);
    }
    let size: number;
    try {
      size = (await fs.promises.stat(full)).size;
    } catch {
      throw new BackupError(`The backup is incomplete: ${f.path} is missing from ${dir}.`);
    }
    if (size !== f.size || (await sha256Of(full)) !== f.sha256) {
      throw new BackupError(
        `The backup is damaged: ${f.path} does not match its checksum in ${MANIFEST_FILE}; nothing was restored.`,
      );
    }
  }
}

/** Bytes of every file in the backup, the manifest included. */
export async function backupSize(dir: string, manifest: BackupManifest): Promise<number> {
  const manifestSize = (await fs.promises.stat(path.join(dir, MANIFEST_FILE))).size;
  return manifest.files.reduce((sum, f) => sum + f.size, manifestSize);
}
