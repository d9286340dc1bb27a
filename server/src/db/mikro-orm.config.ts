import fs from 'node:fs';
import path from 'node:path';
import { DataloaderType, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { LocalizedText } from '../modules/common/localized-text.js';
import { BaseEntity } from '../modules/common/base.entity.js';
import { StoredFileEntity } from '../modules/common/stored-file.entity.js';
import { policyModule } from '../modules/policy/index.js';
import { accountsModule } from '../modules/accounts/index.js';
import { auditModule } from '../modules/audit/index.js';
import { beneficiariesModule } from '../modules/beneficiaries/index.js';
import { transactionsModule } from '../modules/transactions/index.js';
import { satisfactionModule } from '../modules/satisfaction/index.js';
import { feedbackModule } from '../modules/feedback/index.js';
import { libraryModule } from '../modules/library/index.js';
import { analyticsModule } from '../modules/analytics/index.js';
import { operationsModule } from '../modules/operations/index.js';
import { calendarModule } from '../modules/calendar/index.js';
import { householdsModule } from '../modules/households/index.js';
import { documentsModule } from '../modules/documents/index.js';
import { researchModule } from '../modules/research/index.js';
import { supportModule } from '../modules/support/index.js';
import { SEARCH_TABLES } from '../modules/library/search.js';
import { NAME_INDEX_TABLES } from '../modules/beneficiaries/name-index.js';
import { ROLLUP_TABLES } from '../modules/analytics/rollups.js';
import { RATE_LIMIT_TABLE } from '../modules/protection/rate-limit.js';
import { COMMENT_INDEX_TABLES } from '../modules/analytics/satisfaction-comments.repository.js';
import type { DatabaseEngine } from '../config.js';
import { sqliteMigrations } from './migrations/sqlite/index.js';
import { postgresqlMigrations } from './migrations/postgresql/index.js';

/** Every entity of every feature. */
export const entities = [
  BaseEntity,
  StoredFileEntity,
  LocalizedText,
  ...policyModule.entities,
  ...accountsModule.entities,
  ...auditModule.entities,
  ...beneficiariesModule.entities,
  ...transactionsModule.entities,
  ...satisfactionModule.entities,
  ...feedbackModule.entities,
  ...libraryModule.entities,
  ...analyticsModule.entities,
  ...operationsModule.entities,
  ...calendarModule.entities,
  ...householdsModule.entities,
  ...documentsModule.entities,
  ...researchModule.entities,
  ...supportModule.entities,
];

const migrationsDir = path.join(path.dirname(new URL(import.meta.url).pathname), 'migrations');

export interface OrmOptionsInput {
  engine: DatabaseEngine;
  databaseUrl: string;
}

/** MikroORM options for either engine; the same entities and code, one migrations folder per engine. */
export function ormOptions({ engine, databaseUrl }: OrmOptionsInput): Options {
  const common = {
    entities,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    allowGlobalContext: false,
    // The library's search index is raw SQL (FTS5 / tsvector), created by the migrations.
    // So are the shared rate-limit counters (protection/rate-limit.ts) and SQLite's index of the
    // beneficiaries' names (beneficiaries/name-index.ts) and of the survey comments
    // (analytics/satisfaction-comments.repository.ts).
    schemaGenerator: {
      skipTables: [
        ...SEARCH_TABLES,
        ...NAME_INDEX_TABLES,
        ...COMMENT_INDEX_TABLES,
        ...ROLLUP_TABLES,
        RATE_LIMIT_TABLE,
      ],
    },
  } satisfies Partial<Options>;

  const migrations = {
    migrationsList: engine === 'sqlite' ? sqliteMigrations : postgresqlMigrations,
    path: path.join(migrationsDir, engine),
    pathTs: path.join(migrationsDir, engine),
    transactional: true,
    silent: true,
    allOrNothing: true,
    // No snapshot: after migrating, MikroORM 6.6 would introspect every table (skipTables not
    // applied) and fail on the FTS5 table; the schema diff compares against the database instead,
    // where `schemaGenerator.skipTables` leaves the search index out.
    snapshot: false,
    snapshotName: '.snapshot',
    emit: 'ts',
  } satisfies Options['migrations'];

  if (engine === 'sqlite') {
    fs.mkdirSync(path.dirname(databaseUrl), { recursive: true });
    return { ...common, migrations, driver: BetterSqliteDriver, dbName: databaseUrl } as Options;
  }
  return { ...common, migrations, driver: PostgreSqlDriver, clientUrl: databaseUrl } as Options;
}

/**
 * Connection settings applied once after start: WAL for concurrent readers, a busy timeout, and
 * `synchronous = FULL`: every commit is on disk (the WAL synced) before the request is answered,
 * so an acknowledged change survives a power cut too, not only a crash of the process (which
 * NORMAL already survives). One writer at a time and a sync of ~2 ms per commit: far above the
 * desk's write rate (README, "Crashes and restarts").
 */
export const sqlitePragmas = [
  'pragma journal_mode = WAL',
  'pragma busy_timeout = 5000',
  'pragma synchronous = FULL',
];
