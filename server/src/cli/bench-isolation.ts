/**
 * `pnpm bench:isolation [--size 100000] [--engines sqlite,postgresql] [--seed 1] [--dir DIR]
 *   [--pg-url postgresql://…] [--tag NAME]`
 *
 * Issue 13, item 12: one request must not freeze everyone. For each engine: demo data of
 * `size` transactions (SQLite: a file in DIR, kept and reused; PostgreSQL: a database of its own
 * on the given server, kept and reused), the real server started on it, then each heavy request
 * of the issue sent in turn while a separate thread probes `{ __typename }` every 100 ms. Prints
 * each heavy request's time and answer, and the probe's worst and median latency during it.
 *
 * The rate limits are raised for the run (the probe alone sends 600 requests a minute); every
 * other setting is the server's default, the query deadline (MASAR_QUERY_TIMEOUT_MS) included.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';

import { startApp, type RunningApp } from '../app.js';
import type { Config, DatabaseEngine } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { benchSettings } from './bench-settings.js';
import { DEMO_PASSWORD, generateDemo } from '../db/demo/generate-demo.js';

const USAGE =
  'Usage: pnpm bench:isolation [--size 100000] [--engines sqlite,postgresql] [--seed 1] [--dir DIR] [--pg-url URL] [--tag NAME]';
const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100000' },
    engines: { type: 'string', default: 'sqlite,postgresql' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'masar-bench') },
    'pg-url': { type: 'string', default: process.env.MASAR_BENCH_PG_URL },
    /** Added to the data's folder and database names, to keep runs of different code apart. */
    tag: { type: 'string', default: '' },
  },
  strict: true,
});
const size = Number(values.size);
const seed = Number(values.seed);
const engines = values.engines.split(',').filter(Boolean) as DatabaseEngine[];
if (
  !Number.isInteger(size) ||
  size < 1 ||
  !Number.isInteger(seed) ||
  !engines.every((e) => e === 'sqlite' || e === 'postgresql')
) {
  console.error(USAGE);
  process.exit(2);
}

const fmt = (n: number) => n.toLocaleString('en');
const PROBE_EVERY_MS = 100;
/** A bulky Markdown body of `length` characters: headings, emphasis, links. */
const markdown = (length: number) =>
  '## قسم\n\nنص عربي مع **تأكيد** و[رابط](https://example.com/a) وكلمات أخرى كثيرة.\n\n'
    .repeat(Math.ceil(length / 60))
    .slice(0, length);

async function generate(config: Config, label: string): Promise<void> {
  const orm = await openDatabase(config);
  try {
    const [row] = (await orm.em
      .getConnection()
      .execute('select count(*) as n from beneficiary_transaction')) as { n: unknown }[];
    if (Number(row!.n) > 0) {
      console.log(`${label}: reusing ${fmt(Number(row!.n))} transactions`);
      return;
    }
    const started = Date.now();
    process.stdout.write(`${label}: generating ${fmt(size)} transactions… `);
    const summary = await generateDemo(orm, {
      engine: config.engine,
      sqliteFile: config.engine === 'sqlite' ? config.databaseUrl : undefined,
      transactions: size,
      seed,
    });
    console.log(`${fmt(summary.rows)} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await orm.close();
  }
}

/** The settings of the run on one engine, its data generated if missing. */
async function prepare(engine: DatabaseEngine): Promise<Config> {
  const tag = values.tag.replace(/[^a-z0-9]/gi, '').toLowerCase();
  const dir = path.join(values.dir, `isolation-n${size}-s${seed}${tag ? `-${tag}` : ''}`);
  const config = await benchSettings({
    engine,
    dir,
    database: `masar_isolation_n${size}_s${seed}${tag ? `_${tag}` : ''}`,
    pgUrl: values['pg-url'],
  });
  await generate(config, `${engine} (${config.engine === 'sqlite' ? dir : 'database'})`);
  return config;
}

/** The probe: its own thread (its own event loop), timing `{ __typename }` every 100 ms. */
const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
let stopped = false;
parentPort.on('message', () => (stopped = true));
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
(async () => {
  let next = performance.now();
  while (!stopped) {
    const start = performance.now();
    let ok = false;
    try {
      const res = await fetch(workerData.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ __typename }"}',
      });
      ok = (await res.text()).includes('Query');
    } catch {}
    const end = performance.now();
    parentPort.postMessage({ start: performance.timeOrigin + start, end: performance.timeOrigin + end, ok });
    next += ${PROBE_EVERY_MS};
    if (next > end) await sleep(next - end); else next = end;
  }
  parentPort.close();
})();
`;

interface Sample {
  start: number;
  end: number;
  ok: boolean;
}

const now = () => performance.timeOrigin + performance.now();

class Client {
  constructor(
    readonly app: RunningApp,
    readonly cookie: string,
  ) {}

  static async signIn(app: RunningApp, login: string): Promise<Client> {
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
    return new Client(app, cookie);
  }

  /** Sends a GraphQL operation; its answer in a word: ok, or the error codes. */
  async graphql(query: string, variables?: object): Promise<{ status: string; data?: unknown }> {
    const res = await fetch(`${this.app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    let body: { data?: unknown; errors?: { extensions?: { code?: string } }[] } = {};
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      return { status: `HTTP ${res.status}` };
    }
    const codes = [...new Set((body.errors ?? []).map((e) => e.extensions?.code ?? 'ERROR'))];
    return { status: codes.length ? codes.join('+') : 'ok', data: body.data };
  }
}

const aliased = (count: number, field: string) =>
  Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join('\n');

const STATS =
  'transactionStats(groupBy: [DAY, CHANNEL, STATUS]) { key { day channel status } measures { count medianDaysToClose committeeCompliance } }';
const SEARCH =
  'transactions(first: 30, filter: { search: "5", event: { kinds: [APPROVED] } }) { totalCount edges { node { id reference status } } }';

interface Heavy {
  name: string;
  run(): Promise<string>;
}

async function heavyRequests(app: RunningApp): Promise<Heavy[]> {
  const analyst = await Client.signIn(app, 'analyst1');
  const staff = await Client.signIn(app, 'staff1');
  const manager = await Client.signIn(app, 'manager1');
  const docs = await manager.graphql('{ libraryDocuments(first: 1) { edges { node { id } } } }');
  const documentId = (docs.data as { libraryDocuments: { edges: { node: { id: string } }[] } })
    .libraryDocuments.edges[0]?.node.id;
  const body = markdown(100_000);
  return [
    {
      name: '9 × transactionStats(DAY, CHANNEL, STATUS)',
      run: async () => (await analyst.graphql(`{ ${aliased(9, STATS)} }`)).status,
    },
    {
      // The most an operation may hold since grouped statistics cost once per dimension.
      name: '3 × transactionStats(DAY, CHANNEL, STATUS)',
      run: async () => (await analyst.graphql(`{ ${aliased(3, STATS)} }`)).status,
    },
    {
      name: '1 × transactionStats(DAY, CHANNEL, STATUS)',
      run: async () => (await analyst.graphql(`{ ${STATS} }`)).status,
    },
    {
      name: '15 × transactions(search, event)',
      run: async () => (await staff.graphql(`{ ${aliased(15, SEARCH)} }`)).status,
    },
    {
      name: '1 × transactions(search, event)',
      run: async () => (await staff.graphql(`{ ${SEARCH} }`)).status,
    },
    {
      name: 'GET /api/export/transactions.csv (staff)',
      run: async () => {
        const res = await fetch(`${app.url}/api/export/transactions.csv`, {
          headers: { cookie: staff.cookie },
        });
        const text = await res.text();
        const rows = text.split('\n').filter(Boolean).length - 1;
        return `HTTP ${res.status}, ${fmt(Math.max(0, rows))} rows`;
      },
    },
    {
      name: '15 × documentVersionSave (100,000-character bodies)',
      run: async () => {
        if (!documentId) return 'no document';
        const save = `documentVersionSave(input: { documentId: "${documentId}", bodyAr: $b, bodyEn: $b, publish: false }) { errors { code } }`;
        return (
          await manager.graphql(`mutation($b: String!) { ${aliased(15, save)} }`, { b: body })
        ).status;
      },
    },
    {
      name: 'documentPreview (100,000 characters)',
      run: async () =>
        (await manager.graphql('query($m: String!) { documentPreview(markdown: $m) }', { m: body }))
          .status,
    },
  ];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : NaN;
};

interface Row {
  engine: DatabaseEngine;
  name: string;
  ms: number;
  status: string;
  worst: number;
  median: number;
  probes: number;
}

/** How heavy reads run (a build without the read pool has no such setting). */
function readers(config: Config, engine: DatabaseEngine): string {
  const workers = (config as Partial<Config> & { readWorkers?: number }).readWorkers;
  if (workers === undefined) return 'no read pool';
  return engine === 'sqlite' ? `${workers} read processes` : 'reads cancelled at the deadline';
}

async function benchEngine(engine: DatabaseEngine): Promise<Row[]> {
  const config = await prepare(engine);
  const app = await startApp(config);
  app.httpServer.keepAliveTimeout = 120_000;
  const samples: Sample[] = [];
  const probe = new Worker(PROBE, { eval: true, workerData: { url: `${app.url}/graphql` } });
  probe.on('message', (s: Sample) => samples.push(s));
  const rows: Row[] = [];
  try {
    const heavy = await heavyRequests(app);
    await new Promise((r) => setTimeout(r, 1000));
    const idle = samples.map((s) => s.end - s.start);
    console.log(
      `\n${engine}, ${fmt(size)} transactions, query deadline ${fmt(config.queryTimeoutMs)} ms, ` +
        `${readers(config, engine)}; ` +
        `probe when idle: median ${median(idle).toFixed(0)} ms, worst ${Math.max(...idle).toFixed(0)} ms`,
    );
    for (const h of heavy) {
      const start = now();
      let status: string;
      try {
        status = await h.run();
      } catch (e) {
        status = `failed: ${(e as Error).message}`;
      }
      const end = now();
      // Let the probe under way when the request ended come back.
      await new Promise((r) => setTimeout(r, 2 * PROBE_EVERY_MS));
      const during = samples
        .filter((s) => s.end >= start && s.start <= end)
        .map((s) => (s.ok ? s.end - s.start : Infinity));
      const row: Row = {
        engine,
        name: h.name,
        ms: end - start,
        status,
        worst: Math.max(...during),
        median: median(during),
        probes: during.length,
      };
      rows.push(row);
      console.log(
        `  ${h.name.padEnd(52)} ${fmt(Math.round(row.ms)).padStart(7)} ms  ${status.padEnd(26)} ${
          row.probes
            ? `probe worst ${fmt(Math.round(row.worst)).padStart(6)} ms, median ${row.median.toFixed(0).padStart(4)} ms (${row.probes} probes)`
            : 'over before the next probe'
        }`,
      );
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    probe.postMessage('stop');
    await new Promise((r) => probe.once('exit', r));
    await app.close();
    app.httpServer.close();
  }
  return rows;
}

console.log(
  `Isolation benchmark: each heavy request of issue 13 item 12 while { __typename } is probed every ${PROBE_EVERY_MS} ms from another thread.`,
);
const all: Row[] = [];
for (const engine of engines) all.push(...(await benchEngine(engine)));
const worst = Math.max(...all.filter((r) => r.probes).map((r) => r.worst));
console.log(
  `\nWorst probe latency over every heavy request: ${fmt(Math.round(worst))} ms (goal: 100 ms or less).`,
);
