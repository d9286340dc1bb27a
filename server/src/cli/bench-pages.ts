/**
 * The pages staff use most (issue 17 item 5), for `pnpm bench`: the transactions list's first
 * page, a name search, a transaction's page and the committee's queue, each sent as the client
 * sends it (the operation's text read from client/src, its fragments appended) by the user who
 * opens it. Beside each: the statements the server ran for it (recorded from the ORM and the read
 * pool while one request was served), counted, and run again directly one after the other on a
 * connection of their own — the same SQL without GraphQL, HTTP, the session or the ORM.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { MikroORM } from '@mikro-orm/core';
import type { PostgreSqlConnection } from '@mikro-orm/postgresql';
import { parse, print, visit, type DefinitionNode, type FragmentDefinitionNode } from 'graphql';
import type { RunningApp } from '../app.js';
import type { Config, DatabaseEngine } from '../config.js';
import { ormOptions } from '../db/mikro-orm.config.js';
import { readPoolOf } from '../db/read-pool.js';
import { askGraphql, median, signIn, timeMedian } from './bench-settings.js';
import { GUIDE_FILE, guideExamples } from '../modules/analytics/analyst-guide.js';

/** The repository's root: the first folder above this file that holds client/src. */
function repositoryRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, 'client', 'src'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error('client/src not found above the bench');
    dir = up;
  }
  return dir;
}

function graphqlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'gql' ? [] : graphqlFiles(full);
    return e.name.endsWith('.graphql') ? [full] : [];
  });
}

/** The client's operation `name` as it sends it: the operation and every fragment it spreads. */
export function clientOperation(name: string): string {
  const definitions: DefinitionNode[] = graphqlFiles(
    path.join(repositoryRoot(), 'client', 'src'),
  ).flatMap((f) => parse(fs.readFileSync(f, 'utf8')).definitions);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of definitions) if (d.kind === 'FragmentDefinition') fragments.set(d.name.value, d);
  const operation = definitions.find(
    (d) => d.kind === 'OperationDefinition' && d.name?.value === name,
  );
  if (!operation) throw new Error(`The client has no operation ${name}`);
  const used = new Map<string, FragmentDefinitionNode>();
  const collect = (node: DefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const f = fragments.get(spread.name.value);
        if (!f) throw new Error(`Fragment ${spread.name.value} not found`);
        if (!used.has(f.name.value)) {
          used.set(f.name.value, f);
          collect(f);
        }
      },
    });
  collect(operation);
  return [operation, ...used.values()].map((d) => print(d)).join('\n');
}

export interface Recorded {
  sql: string;
  params: unknown[];
}

type PgClientClass = { prototype: { query: (...args: unknown[]) => unknown } };

/**
 * Records every statement `app` runs while `during` runs: the ORM's statements (its `onQuery`
 * hook sees each with its parameters) and the heavy reads sent to the read pool; on PostgreSQL
 * also the queries the pg driver sent (each a round trip: BEGIN and COMMIT included).
 */
export async function recordStatements(
  app: RunningApp,
  during: () => Promise<unknown>,
): Promise<{ recorded: Recorded[]; roundTrips: number }> {
  const recorded: Recorded[] = [];
  const knex = (app.orm.em.getConnection() as PostgreSqlConnection).getKnex();
  const pgClient =
    app.config.engine === 'postgresql'
      ? (knex.client as { driver?: { Client?: PgClientClass } }).driver?.Client
      : undefined;
  const query = pgClient?.prototype.query;
  let roundTrips = 0;
  if (pgClient && query) {
    pgClient.prototype.query = function (this: unknown, ...args: unknown[]) {
      roundTrips++;
      return query.apply(this, args);
    };
  }
  const config = app.orm.config;
  const previousHook = config.get('onQuery');
  config.set('onQuery', (sql: string, params: readonly unknown[]) => {
    recorded.push({ sql, params: [...params] });
    return previousHook(sql, [...params]);
  });
  const pool = readPoolOf(app.orm.em);
  const all = pool?.all;
  if (pool && all) {
    pool.all = ((sql: string, params: readonly unknown[] = []) => {
      recorded.push({ sql, params: [...params] });
      return all.call(pool, sql, params);
    }) as typeof pool.all;
  }
  try {
    await during();
  } finally {
    config.set('onQuery', previousHook);
    if (pool && all) pool.all = all;
    if (pgClient && query) pgClient.prototype.query = query;
  }
  return { recorded, roundTrips };
}

/** A connection of the bench's own to the server's database, for statements run directly. */
export interface RawDatabase {
  /** Runs `sql` with `params` inlined by the ORM's formatter, as the server's reads do. */
  run(sql: string, params: readonly unknown[]): Promise<unknown[]>;
  close(): Promise<void>;
}

export async function openRaw(config: Config): Promise<RawDatabase> {
  const orm = await MikroORM.init(ormOptions(config));
  const platform = orm.em.getPlatform();
  const inline = (sql: string, params: readonly unknown[]) =>
    params.length ? platform.formatQuery(sql, [...params]) : sql;
  if (config.engine === 'sqlite') {
    await orm.close(true);
    const db = new Database(config.databaseUrl, { readonly: true });
    return {
      run: async (sql, params) => db.prepare(inline(sql, params)).all(),
      close: async () => void db.close(),
    };
  }
  const client = (orm.em.getConnection() as PostgreSqlConnection).getKnex().client as {
    acquireConnection(): Promise<PgClient>;
    releaseConnection(c: PgClient): Promise<void>;
  };
  const connection = await client.acquireConnection();
  return {
    run: async (sql, params) => (await connection.query(inline(sql, params))).rows,
    close: async () => {
      await client.releaseConnection(connection);
      await orm.close(true);
    },
  };
}
interface PgClient {
  query(sql: string): Promise<{ rows: unknown[] }>;
}

/** Only reads are run again: a write (a search's or a personal-data read's audit row) is counted. */
export const isRead = (sql: string) => /^\s*\(?\s*(select|with)\b/i.test(sql);

export interface PageResult {
  engine: DatabaseEngine;
  page: string;
  graphqlMs: number;
  sqlMs: number;
  statements: number;
  writes: number;
  /** PostgreSQL: the queries the driver sent (BEGIN and COMMIT included); SQLite: 0. */
  roundTrips: number;
}

/** A running server on one engine and the bench's own connection to its database. */
export interface PageTarget {
  app: RunningApp;
  raw: RawDatabase;
}

const PAGE_SIZE = 25; // the client's (transaction-filter.ts DEFAULT_PAGE_SIZE, use-connection-query)

export interface Page {
  page: string;
  cookie: string;
  query: string;
  variables: Record<string, unknown>;
}

/** The analyst guide's examples (docs/analyst-guide.md), as analyst1 sends them. */
export async function guideExamplesOf(app: RunningApp): Promise<Page[]> {
  const analyst = await signIn(app, 'analyst1');
  return guideExamples(fs.readFileSync(GUIDE_FILE, 'utf8')).map((e) => ({
    page: e.name,
    cookie: analyst,
    query: e.query,
    variables: {},
  }));
}

/** The pages as `app`'s users open them: the transaction is the committee queue's first. */
export async function pagesOf(app: RunningApp): Promise<Page[]> {
  const list = clientOperation('Transactions');
  const staff = await signIn(app, 'staff1');
  const committee = await signIn(app, 'committee1');
  const queue = clientOperation('CommitteeQueue');
  const first = await askGraphql<{
    transactions: { edges: { node: { reference: string } }[] };
  }>(app, committee, queue, { first: PAGE_SIZE });
  const reference = first.transactions.edges[0]?.node.reference;
  if (!reference) throw new Error('The committee queue is empty');
  return [
    { page: 'list, first page', cookie: staff, query: list, variables: { first: PAGE_SIZE } },
    {
      page: 'name search',
      cookie: staff,
      query: list,
      variables: { first: PAGE_SIZE, filter: { search: 'الغامدى' } },
    },
    {
      page: 'transaction page',
      cookie: staff,
      query: clientOperation('Transaction'),
      variables: { reference },
    },
    { page: 'committee queue', cookie: committee, query: queue, variables: { first: PAGE_SIZE } },
  ];
}

/**
 * Times each page on every target (one per engine), beside its statements run directly. The
 * engines take turns request by request, so that a machine's changing load weighs on each alike
 * (measured one after the other on shared cores, a comparison was off by 2× either way).
 */
export async function benchPages(
  targets: PageTarget[],
  runs: number,
  report: (r: PageResult) => void,
  /** Also print each statement with its own median run directly (`--statements`). */
  showStatements = false,
  /** What to time: the staff's pages, or the analyst guide's examples. */
  requests: (app: RunningApp) => Promise<Page[]> = pagesOf,
): Promise<PageResult[]> {
  const pages = await Promise.all(targets.map((t) => requests(t.app)));
  const results: PageResult[] = [];
  for (let i = 0; i < pages[0]!.length; i++) {
    const runners = [];
    for (const [k, t] of targets.entries()) {
      const p = pages[k]![i]!;
      const ask = () => askGraphql(t.app, p.cookie, p.query, p.variables);
      await ask(); // warm-up, so that the recorded request is a steady one
      const { recorded, roundTrips } = await recordStatements(t.app, ask);
      const reads = recorded.filter((s) => isRead(s.sql));
      const sql = async () => {
        for (const s of reads) await t.raw.run(s.sql, s.params);
      };
      await sql();
      runners.push({ t, p, ask, sql, recorded, reads, roundTrips });
    }
    const graphql = await alternate(
      runs,
      runners.map((r) => r.ask),
    );
    const sql = await alternate(
      runs,
      runners.map((r) => r.sql),
    );
    for (const [k, r] of runners.entries()) {
      const result: PageResult = {
        engine: r.t.app.config.engine,
        page: r.p.page,
        graphqlMs: graphql[k]!,
        sqlMs: sql[k]!,
        statements: r.recorded.length,
        writes: r.recorded.length - r.reads.length,
        roundTrips: r.roundTrips,
      };
      results.push(result);
      report(result);
      if (showStatements) await printStatements(r.t.raw, r.recorded, runs);
    }
  }
  return results;
}

/** The median of `runs` runs of each of `fns`, taking turns. */
async function alternate(runs: number, fns: (() => Promise<unknown>)[]): Promise<number[]> {
  const samples = fns.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [k, fn] of fns.entries()) {
      const t0 = performance.now();
      await fn();
      samples[k]!.push(performance.now() - t0);
    }
  }
  return samples.map(median);
}

async function printStatements(raw: RawDatabase, statements: Recorded[], runs: number) {
  for (const st of statements) {
    const own = isRead(st.sql) ? await timeMedian(runs, () => raw.run(st.sql, st.params)) : NaN;
    const text = st.sql.replace(/\s+/g, ' ');
    console.log(
      `      ${(isRead(st.sql) ? `${own.toFixed(2)} ms` : 'write').padStart(9)}  ${text.slice(0, 160)}`,
    );
  }
}
