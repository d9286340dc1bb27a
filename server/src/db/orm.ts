import { MikroORM } from '@mikro-orm/core';
import type { Config } from '../config.js';
import { ormOptions, sqlitePragmas } from './mikro-orm.config.js';
import { loadPolicySeed } from './seeders/policy.seeder.js';
import { policySeed } from './seeders/policy-seed.data.js';
import { loadReferralReasons } from './seeders/referral-reasons.seeder.js';
import { loadLibrarySeed } from '../modules/library/library.seeder.js';
import { ensureCalendar } from '../modules/analytics/calendar-day.entity.js';

export interface OpenOptions {
  seed?: boolean;
  /** Called with every SQL statement's log line. */
  onQuery?: (message: string) => void;
}

/** Opens the database named by the config, applies pending migrations, and loads the default policy. */
export async function openDatabase(
  config: Pick<Config, 'engine' | 'databaseUrl'>,
  { seed = true, onQuery }: OpenOptions = {},
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
  await orm.getMigrator().up();
  await ensureCalendar(orm.em.fork());
  if (seed) {
    await loadPolicySeed(orm.em.fork(), policySeed);
    await loadReferralReasons(orm.em.fork());
    await loadLibrarySeed(orm.em.fork());
  }
  return orm;
}
