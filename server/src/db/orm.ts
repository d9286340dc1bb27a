import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import type { Config } from '../config.js';
import { ormOptions, sqlitePragmas } from './mikro-orm.config.js';
import { loadPolicySeed } from './seeders/policy.seeder.js';
import { policySeed } from './seeders/policy-seed.data.js';
import { loadReferralReasons } from './seeders/referral-reasons.seeder.js';
import { loadLibrarySeed } from '../modules/library/library.seeder.js';
import { ensureCalendar } from '../modules/analytics/calendar-day.entity.js';
import { loadHolidaySeed } from '../modules/calendar/calendar.service.js';

export interface OpenOptions {
  seed?: boolean;
  /** Called with every SQL statement's log line. */
  onQuery?: (message: string) => void;
  /** More first-start work (the first admin), done under the same start lock as the seed. */
  prepare?: (orm: MikroORM) => Promise<void>;
}

/** Opens the database named by the config, applies pending migrations, and loads the default policy. */
export async function openDatabase(
  config: Pick<Config, 'engine' | 'databaseUrl'>,
  { seed = true, onQuery, prepare }: OpenOptions = {},
): Promise<MikroORM> {
  const options = ormOptions(config);
  if (onQuery) {
    // Tests count the SQL statements a request runs (to prove lists batch, no N+1).
    options.debug = ['query'];
    options.logger = (message: string) => onQuery(message);
  }
  const orm = await MikroORM.init(options);
  if (config.engine === 'sqlite') {
    for (const pragma of sqlitePragmas) await orm.em.getConnection().execute(pragma);
  }
  await underStartLock(orm, config.engine, async () => {
    // All pending migrations in one transaction (allOrNothing): a start killed half-way leaves
    // the database as it was, and the next start migrates it from there.
    await orm.getMigrator().up();
    await ensureCalendar(orm.em.fork());
    if (seed) {
      await loadPolicySeed(orm.em.fork(), policySeed);
      await loadReferralReasons(orm.em.fork());
      await loadLibrarySeed(orm.em.fork());
      await loadHolidaySeed(orm.em.fork());
    }
    await prepare?.(orm);
  });
  return orm;
}

/** The key of the advisory lock instances take while they migrate and seed ("masar" in ASCII). */
const START_LOCK = 0x6d61736172;

/**
 * Several instances starting at once on one PostgreSQL database migrate and load the policy one
 * after the other: each holds a session advisory lock on a connection of its own meanwhile, so
 * the second finds the work done instead of racing the first into duplicate tables or rows.
 * SQLite has one instance per file.
 */
async function underStartLock(
  orm: MikroORM,
  engine: Config['engine'],
  work: () => Promise<void>,
): Promise<void> {
  if (engine !== 'postgresql') return work();
  const knex = (orm.em.getConnection() as PostgreSqlConnection).getKnex();
  const client = knex.client as {
    acquireConnection(): Promise<PgClient>;
    releaseConnection(c: PgClient): Promise<void>;
  };
  const connection = await client.acquireConnection();
  try {
    await connection.query(`select pg_advisory_lock(${START_LOCK})`);
    try {
      await work();
    } finally {
      await connection.query(`select pg_advisory_unlock(${START_LOCK})`);
    }
  } finally {
    await client.releaseConnection(connection);
  }
}

interface PgClient {
  query(sql: string): Promise<unknown>;
}
