/**
 * Generates a migration for each engine from the entities' current metadata and
 * rewrites the engine's migrations index. SQLite runs on a temporary file;
 * PostgreSQL needs a server: MASAR_MIGRATION_PG_URL (a throwaway database is
 * created on it and dropped afterwards).
 *
 *   pnpm migration:create            # both engines
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../db/mikro-orm.config.js';
import type { DatabaseEngine } from '../config.js';

const srcMigrations = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../src/db/migrations',
);

async function generate(engine: DatabaseEngine, databaseUrl: string): Promise<void> {
  const dir = path.join(srcMigrations, engine);
  const base = ormOptions({ engine, databaseUrl });
  const orm = await MikroORM.init({
    ...base,
    migrations: {
      ...base.migrations,
      path: dir,
      pathTs: dir,
      emit: 'ts',
      snapshotName: '.snapshot',
    },
  });
  try {
    const migrator = orm.getMigrator();
    await migrator.up();
    const result = await migrator.createMigration();
    console.log(
      result.diff.up.length ? `${engine}: wrote ${result.fileName}` : `${engine}: no changes`,
    );
  } finally {
    await orm.close(true);
  }
  writeIndex(engine, dir);
}

function writeIndex(engine: DatabaseEngine, dir: string): void {
  const names = fs
    .readdirSync(dir)
    .filter((f) => /^Migration\d+.*\.ts$/.test(f))
    .map((f) => f.replace(/\.ts$/, ''))
    .sort();
  const lines = [
    "import type { MigrationObject } from '@mikro-orm/core';",
    ...names.map((n) => `import { ${n} } from './${n}.js';`),
    '',
    `/** The ${engine} migrations, in order. Maintained by \`pnpm migration:create\`. */`,
    `export const ${engine}Migrations: MigrationObject[] = [`,
    ...names.map((n) => `  { name: '${n}', class: ${n} },`),
    '];',
    '',
  ];
  fs.writeFileSync(path.join(dir, 'index.ts'), lines.join('\n'));
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-migrate-'));
await generate('sqlite', path.join(tmp, 'migrate.sqlite'));
fs.rmSync(tmp, { recursive: true, force: true });

const pgUrl = process.env.MASAR_MIGRATION_PG_URL;
if (!pgUrl) {
  console.error('MASAR_MIGRATION_PG_URL is not set: the PostgreSQL migration was not generated.');
  process.exitCode = 1;
} else {
  const admin = await MikroORM.init({
    ...ormOptions({ engine: 'postgresql', databaseUrl: pgUrl }),
  });
  const dbName = `masar_migrate_${Date.now()}`;
  await admin.em.getConnection().execute(`create database ${dbName}`);
  try {
    const url = new URL(pgUrl);
    url.pathname = `/${dbName}`;
    await generate('postgresql', url.toString());
  } finally {
    await admin.em.getConnection().execute(`drop database ${dbName}`);
    await admin.close(true);
  }
}
