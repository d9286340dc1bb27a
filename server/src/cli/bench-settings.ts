import fs from 'node:fs';
import path from 'node:path';
import { MikroORM } from '@mikro-orm/core';
import { loadConfig, type Config, type DatabaseEngine } from '../config.js';
import { ormOptions } from '../db/mikro-orm.config.js';
import { openDatabase } from '../db/orm.js';
import { DEMO_PASSWORD, generateDemo } from '../db/demo/generate-demo.js';
import type { RunningApp } from '../app.js';
import { configureLogger } from '../logger.js';

/**
 * The settings a benchmark's server runs with on `engine`: its data directory `dir` (the SQLite
 * file), no client, no rate limits, warnings and errors logged only; on PostgreSQL the database
 * `database` on the server of `pgUrl`, created when missing and kept for the next run.
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
    // A line per request would bury the bench's own (MASAR_LOG_LEVEL=info shows them).
    logLevel: process.env.MASAR_LOG_LEVEL ? base.logLevel : 'warn',
    clientDist: path.join(dir, 'no-client'),
    rateLimitPerMinute: 1_000_000,
    anonymousRateLimitPerMinute: 1_000_000,
  };
  configureLogger(config);
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

/**
 * Demo data of `size` transactions (seed `seed`) in the database of `config`, generated when it
 * has none and kept for the next run.
 */
export async function ensureBenchData(
  config: Config,
  size: number,
  seed: number,
  label = `${config.engine} ${fmt(size)}`,
): Promise<void> {
  const orm = await openDatabase(config);
  try {
    const conn = orm.em.getConnection();
    const [row] = await conn.execute('select count(*) as n from beneficiary_transaction');
    if (Number((row as { n: unknown }).n) > 0) return;
    const started = Date.now();
    process.stdout.write(`${label}: generating… `);
    const summary = await generateDemo(orm, {
      engine: config.engine,
      sqliteFile: config.engine === 'sqlite' ? config.databaseUrl : undefined,
      transactions: size,
      seed,
    });
    console.log(`${fmt(summary.rows)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // PostgreSQL: the planner's statistics and the visibility map, as autovacuum leaves them on a
    // server that has run for a while (right after the bulk load it has neither).
    if (config.engine === 'postgresql') await conn.execute('vacuum analyze');
  } finally {
    await orm.close();
  }
}

/** Signs `login` (a demo user) in on `app` and returns the session cookie. */
export async function signIn(app: RunningApp, login: string): Promise<string> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }',
      variables: { i: { login, password: DEMO_PASSWORD } },
    }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`Signing in as ${login} failed: ${await res.text()}`);
  return cookie;
}

/** A GraphQL request to `app` as the holder of `cookie`; its errors thrown. */
export async function askGraphql<T = Record<string, unknown>>(
  app: RunningApp,
  cookie: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown[] };
  if (json.errors || !json.data) throw new Error(JSON.stringify(json.errors ?? json).slice(0, 300));
  return json.data;
}

export const fmt = (n: number) => n.toLocaleString('en');
export const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/**
 * The median of `runs` runs of `fn` after one warm-up (plans cached, pages in memory), or NaN
 * when a run failed (its error printed once: a TIMEOUT, say).
 */
export async function timeMedian(runs: number, fn: () => unknown): Promise<number> {
  try {
    await fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      samples.push(performance.now() - t0);
    }
    return median(samples);
  } catch (e) {
    console.log(`    failed: ${(e as Error).message.slice(0, 200)}`);
    return NaN;
  }
}
