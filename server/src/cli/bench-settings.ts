import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { loadConfig, type Config, type DatabaseEngine } from '../config.js';
import { ormOptions } from '../db/mikro-orm.config.js';

/**
 * The settings a benchmark's server runs with on `engine`: its data directory `dir` (the SQLite
 * file), no client, no rate limits; on PostgreSQL the database `database` on the server of
 * `pgUrl`, created when missing and kept for the next run.
 */
export async function benchSettings(options: {
  engine: DatabaseEngine;
  dir: string;
  database: string;
  pgUrl: string | undefined;
}): Promise<Config> {
  const { engine, dir, database, pgUrl } = options;
  fs.mkdirSync(dir, { recursive: true });
  const base = loadConfig({ ...process.env, MASAR_DATA_DIR: dir, DATABASE_URL: '', PORT: '0' });
  const config: Config = {
    ...base,
    clientDist: path.join(dir, 'no-client'),
    rateLimitPerMinute: 1_000_000,
    anonymousRateLimitPerMinute: 1_000_000,
  };
  if (engine === 'sqlite') return config;
  if (!pgUrl) throw new Error('PostgreSQL: give --pg-url (or MASAR_BENCH_PG_URL)');
  const admin = await MikroORM.init(ormOptions({ engine: 'postgresql', databaseUrl: pgUrl }));
  try {
    const conn = admin.em.getConnection();
    const found = await conn.execute('select 1 from pg_database where datname = ?', [database]);
    if (!found.length) await conn.execute(`create database ${database}`);
  } finally {
    await admin.close(true);
  }
  const url = new URL(pgUrl);
  url.pathname = `/${database}`;
  return { ...config, engine: 'postgresql', databaseUrl: url.toString() };
}
