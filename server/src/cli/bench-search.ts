/**
 * `pnpm bench search [--sizes 100000,1000000] [--engines sqlite,postgresql] [--runs 7] [--seed 1]
 *   [--dir DIR] [--pg-url URL]`
 *
 * The name search (issue 17 item 4): for each engine and size, demo data (kept and reused: a
 * SQLite file in DIR, a database `masar_search_n<size>_s<seed>` on the PostgreSQL server of
 * --pg-url or MASAR_BENCH_PG_URL), the real server on it, and for each searched name the median
 * of the transactions list's first page with its count and of the beneficiaries list's, through
 * GraphQL over HTTP as staff1, beside the list's two statements (the page's ids, the count) built
 * by the repository's own conditions and run directly; then the growth between the two sizes.
 * Goal: ≤ 50 ms at 1M on both engines, growth 100k → 1M ≤ 1.3×.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FilterQuery } from '@mikro-orm/core';
import type { QBFilterQuery, SqlEntityManager } from '@mikro-orm/postgresql';
import { startApp } from '../app.js';
import type { Config, DatabaseEngine } from '../config.js';
import {
  askGraphql,
  benchSettings,
  ensureBenchData,
  fmt,
  signIn,
  timeMedian,
} from './bench-settings.js';
import { Transaction } from '../modules/transactions/transaction.entity.js';
import {
  listOrder,
  nameSearchOf,
  readsInOrder,
  transactionWhere,
} from '../modules/transactions/transaction.repository.js';
import type { TransactionFilter } from '../modules/transactions/transaction.inputs.js';
import type { User } from '../modules/accounts/user.entity.js';

const USAGE =
  'Usage: pnpm bench search [--sizes 100000,1000000] [--engines sqlite,postgresql] [--runs 7] [--seed 1] [--dir DIR] [--pg-url URL]';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    engines: { type: 'string', default: 'sqlite,postgresql' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'masar-bench') },
    'pg-url': { type: 'string', default: process.env.MASAR_BENCH_PG_URL },
  },
  strict: true,
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
const engines = values.engines.split(',').filter(Boolean) as DatabaseEngine[];
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !(runs >= 1) ||
  !Number.isInteger(seed) ||
  !engines.every((e) => e === 'sqlite' || e === 'postgresql')
) {
  console.error(USAGE);
  process.exit(2);
}

/**
 * What is searched: nothing (the list's first page, for its fixed cost), a family name (about one
 * person in 24, typed with ى), a first name, one person.
 */
const TERMS = [
  { name: 'no search', term: '' },
  { name: 'family name', term: 'الغامدى' },
  { name: 'first name', term: 'عبدالله' },
  { name: 'full name', term: 'نوره محمد الغامدي' },
];
const PAGE = 20;
const time = (fn: () => Promise<unknown>) => timeMedian(runs, fn);

async function prepare(engine: DatabaseEngine, size: number): Promise<Config> {
  const config = await benchSettings({
    engine,
    dir: path.join(values.dir, `search-n${size}-s${seed}`),
    database: `masar_search_n${size}_s${seed}`,
    pgUrl: values['pg-url'],
  });
  await ensureBenchData(config, size, seed);
  return config;
}

interface Result {
  engine: DatabaseEngine;
  size: number;
  name: string;
  list: number;
  sql: number;
  beneficiaries: number;
  count: number;
}

async function benchOne(engine: DatabaseEngine, size: number): Promise<Result[]> {
  const config = await prepare(engine, size);
  const app = await startApp(config);
  app.httpServer.keepAliveTimeout = 120_000;
  const results: Result[] = [];
  try {
    const cookie = await signIn(app, 'staff1');
    const ask = (query: string, variables: Record<string, unknown>) =>
      askGraphql<Record<string, { totalCount: number }>>(app, cookie, query, variables);
    const em = app.orm.em.fork() as SqlEntityManager;
    for (const { name, term } of TERMS) {
      const filter = (term ? { search: term } : {}) as TransactionFilter;
      const user = { id: 0 } as User;
      const where = transactionWhere(filter, user, engine) as QBFilterQuery<Transaction>;
      const qb = () => em.createQueryBuilder(Transaction);
      const pageSql = (w: FilterQuery<Transaction>) =>
        qb()
          .select('id')
          .where(w as QBFilterQuery<Transaction>)
          .orderBy(listOrder(null).orderBy)
          .limit(PAGE + 1)
          .getFormattedQuery();
      const [bySort, inOrder] = [
        pageSql(where),
        pageSql(transactionWhere(filter, user, engine, { inOrder: true })),
      ];
      const countSql = qb().count('id', true).where(where).getFormattedQuery();
      const conn = em.getConnection();
      /** The list's statements as the repository runs them (a name search on SQLite: count first). */
      const statements = async () => {
        if (engine !== 'sqlite' || !nameSearchOf(filter)) {
          return Promise.all([conn.execute(bySort), conn.execute(countSql)]);
        }
        const [[c], [last]] = await Promise.all([
          conn.execute<{ count: number }[]>(countSql),
          conn.execute<{ id: number }[]>('select max(id) as id from beneficiary_transaction'),
        ]);
        const walk = readsInOrder(Number(c!.count), PAGE, Number(last!.id));
        return conn.execute(walk ? inOrder : bySort);
      };
      let count = 0;
      const list = await time(async () => {
        const data = await ask(
          `query($f: TransactionFilter) { transactions(first: ${PAGE}, filter: $f) { totalCount edges { node { id reference } } } }`,
          { f: filter },
        );
        count = data.transactions!.totalCount;
      });
      const sql = await time(statements);
      const beneficiaries = await time(async () =>
        ask(
          `query($s: String) { beneficiaries(first: ${PAGE}, search: $s) { totalCount edges { node { id } } } }`,
          { s: term },
        ),
      );
      results.push({ engine, size, name, list, sql, beneficiaries, count });
      console.log(
        `  ${engine.padEnd(10)} ${fmt(size).padStart(9)}  ${name.padEnd(11)} ${fmt(count).padStart(7)} found  list ${list.toFixed(1).padStart(7)} ms  SQL ${sql.toFixed(1).padStart(7)} ms  beneficiaries ${beneficiaries.toFixed(1).padStart(7)} ms`,
      );
    }
  } finally {
    await app.close();
    app.httpServer.close();
  }
  return results;
}

console.log(
  `Name search benchmark: median of ${runs} runs after one warm-up; the transactions list's first ${PAGE} rows and count through GraphQL, the same two statements run directly, the beneficiaries list.`,
);
const all: Result[] = [];
for (const engine of engines) for (const size of sizes) all.push(...(await benchOne(engine, size)));
if (sizes.length > 1) {
  const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
  console.log(`\nGoal at ${fmt(large)}: ≤ 50 ms; growth ${fmt(small)} → ${fmt(large)} ≤ 1.3×`);
  for (const r of all.filter((x) => x.size === large && x.name !== 'no search')) {
    const before = all.find((x) => x.engine === r.engine && x.size === small && x.name === r.name);
    const growth = before ? r.list / before.list : NaN;
    console.log(
      `  ${r.engine.padEnd(10)} ${r.name.padEnd(11)} list ${r.list.toFixed(1)} ms (${r.list <= 50 ? 'within' : 'NOT within'} 50 ms), growth ${growth.toFixed(2)}× (${growth <= 1.3 ? 'within' : 'NOT within'} 1.3×)`,
    );
  }
}
process.exit(0);
