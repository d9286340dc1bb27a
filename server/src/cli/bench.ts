/**
 * `pnpm bench [--sizes 10000,100000,1000000] [--runs 7] [--seed 1] [--dir DIR]`
 *
 * For each size: generates demo data into its own SQLite file (kept in DIR and reused next time),
 * starts the real server on it, and times every dashboard query twice — through GraphQL over
 * HTTP as a signed-in manager, and the same SQL statements run directly on the file through
 * better-sqlite3 — printing the medians and their ratio. SQLite only: it measures what the
 * embedded default costs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { startApp } from '../app.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { DEMO_PASSWORD, generateDemo } from '../db/demo/generate-demo.js';
import { dashboardStatements, type Period } from '../modules/analytics/dashboard.service.js';
import { RIYADH_OFFSET_MS } from '../modules/common/periods.js';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    runs: { type: 'string', default: '7' },
    seed: { type: 'string', default: '1' },
    dir: { type: 'string', default: path.join(os.tmpdir(), 'masar-bench') },
  },
  strict: true,
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const seed = Number(values.seed);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !(runs >= 1)) {
  console.error(
    'Usage: pnpm bench [--sizes 10000,100000,1000000] [--runs 7] [--seed 1] [--dir DIR]',
  );
  process.exit(2);
}

/** Each dashboard field with the selection the page asks for, and the statements behind it. */
const FIELDS: Record<string, { selection: string; statements: string[] }> = {
  workload: {
    selection: 'workload { open awaitingCommittee committeeOverdue deferred referred }',
    statements: ['workload'],
  },
  funnel: { selection: 'funnel { stepKey position count }', statements: ['funnel'] },
  followUp: {
    selection: 'followUp { openFeedback openImprovementActions libraryDocumentsPastReview }',
    statements: ['followUp'],
  },
  volumeByChannel: {
    selection: 'volumeByChannel { month channelKey count }',
    statements: ['volumeByChannel'],
  },
  committeeCompliance: {
    selection: 'committeeCompliance { month decisions onTime }',
    statements: ['committeeCompliance'],
  },
  topReferralReasons: {
    selection: 'topReferralReasons { reasonKey count }',
    statements: ['topReferralReasons'],
  },
  stepDurations: {
    selection: 'stepDurations { stepKey position transactions medianDays p90Days }',
    statements: ['stepDurations'],
  },
  satisfaction: {
    selection:
      'satisfaction { invitations responses responseRate csat nps } satisfactionPrevious { invitations responses responseRate csat nps }',
    statements: ['satisfaction'],
  },
  satisfactionTrend: {
    selection: 'satisfactionTrend { month figures { invitations responses responseRate csat } }',
    statements: ['satisfactionTrend'],
  },
};
const ALL = Object.keys(FIELDS);
/** The benchmarked queries: the whole dashboard as the page asks for it, then each figure alone. */
const QUERIES: { name: string; fields: string[] }[] = [
  { name: 'dashboard (all figures)', fields: ALL },
  ...ALL.map((f) => ({ name: f, fields: [f] })),
];

/** Riyadh month boundaries: this month, and the twelve months up to the end of this one. */
function periods(now: Date): { name: string; period: Period }[] {
  const local = new Date(now.getTime() + RIYADH_OFFSET_MS);
  const monthStart = (y: number, m: number) => new Date(Date.UTC(y, m, 1) - RIYADH_OFFSET_MS);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  return [
    { name: 'this month', period: { from: monthStart(y, m), to: monthStart(y, m + 1) } },
    { name: '12 months', period: { from: monthStart(y, m - 11), to: monthStart(y, m + 1) } },
  ];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
};
async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  await fn(); // warm-up: plans cached, pages in memory
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

async function ensureData(size: number): Promise<string> {
  const dir = path.join(values.dir, `n${size}-s${seed}`);
  const ready = path.join(dir, 'READY');
  if (fs.existsSync(ready)) {
    console.log(`\n${size.toLocaleString('en')} transactions: reusing ${dir}`);
    return dir;
  }
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const config = loadConfig({ ...process.env, MASAR_DATA_DIR: dir, DATABASE_URL: '' });
  const orm = await openDatabase(config);
  const started = Date.now();
  process.stdout.write(`\n${size.toLocaleString('en')} transactions: generating… `);
  const summary = await generateDemo(orm, {
    engine: 'sqlite',
    sqliteFile: config.databaseUrl,
    transactions: size,
    seed,
    onProgress: (done, total) => {
      if (process.stdout.isTTY)
        process.stdout.write(
          `\r${size.toLocaleString('en')} transactions: generating… ${Math.floor((100 * done) / total)}%`,
        );
    },
  });
  await orm.close();
  console.log(
    `\r${size.toLocaleString('en')} transactions: ${summary.rows.toLocaleString('en')} rows generated in ${((Date.now() - started) / 1000).toFixed(1)} s (${dir})`,
  );
  fs.writeFileSync(ready, new Date().toISOString());
  return dir;
}

interface Result {
  size: number;
  period: string;
  query: string;
  graphqlMs: number;
  sqlMs: number;
}

async function benchSize(size: number): Promise<Result[]> {
  const dir = await ensureData(size);
  const config = {
    ...loadConfig({ ...process.env, MASAR_DATA_DIR: dir, DATABASE_URL: '', PORT: '0' }),
    clientDist: path.join(dir, 'no-client'),
  };
  const app = await startApp(config);
  // Raw-SQL timings run between requests for seconds at a time: keep the client's connection
  // open across them (Node closes an idle keep-alive socket after 5 s, and fetch would reuse it).
  app.httpServer.keepAliveTimeout = 120_000;
  const raw = new Database(config.databaseUrl, { readonly: true });
  const results: Result[] = [];
  try {
    const signIn = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }',
        variables: { i: { login: 'manager1', password: DEMO_PASSWORD } },
      }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`Signing in as manager1 failed: ${await signIn.text()}`);
    const now = new Date();
    for (const { name: periodName, period } of periods(now)) {
      const statements = dashboardStatements('sqlite', period, now);
      for (const q of QUERIES) {
        const query = `query($p: DashboardPeriod!) { dashboard(period: $p) { ${q.fields.map((f) => FIELDS[f]!.selection).join(' ')} } }`;
        const body = JSON.stringify({
          query,
          variables: { p: { from: period.from.toISOString(), to: period.to.toISOString() } },
        });
        const graphqlMs = await time(async () => {
          const res = await fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie },
            body,
          });
          const json = (await res.json()) as { errors?: unknown[] };
          if (json.errors) throw new Error(`${q.name}: ${JSON.stringify(json.errors)}`);
        });
        const sql = q.fields.flatMap((f) => FIELDS[f]!.statements.flatMap((s) => statements[s]!));
        const sqlMs = await time(() => {
          for (const st of sql) raw.prepare(st.sql).all(...(st.params as unknown[]));
        });
        results.push({ size, period: periodName, query: q.name, graphqlMs, sqlMs });
        console.log(
          `  ${periodName.padEnd(10)} ${q.name.padEnd(24)} GraphQL ${graphqlMs.toFixed(1).padStart(8)} ms   SQL ${sqlMs.toFixed(1).padStart(8)} ms   ratio ${(graphqlMs / sqlMs).toFixed(2)}`,
        );
      }
    }
  } finally {
    raw.close();
    await app.close();
    app.httpServer.close();
  }
  return results;
}

console.log(
  `Dashboard benchmark: median of ${runs} runs after one warm-up, GraphQL over HTTP vs the same SQL through better-sqlite3.`,
);
const all: Result[] = [];
for (const size of sizes) all.push(...(await benchSize(size)));

const largest = Math.max(...sizes);
const pageAtLargest = all.filter((r) => r.size === largest && r.query === QUERIES[0]!.name);
console.log(`\nThe dashboard page's query at ${largest.toLocaleString('en')} transactions:`);
for (const r of pageAtLargest) {
  const ratio = r.graphqlMs / r.sqlMs;
  console.log(
    `  ${r.period.padEnd(10)} GraphQL ${r.graphqlMs.toFixed(1)} ms, SQL ${r.sqlMs.toFixed(1)} ms, ratio ${ratio.toFixed(2)} — ${ratio <= 1.5 ? 'within' : 'NOT within'} 1.5×`,
  );
}
console.log(
  'Each request through GraphQL also pays a fixed cost of about 3 ms (HTTP, Apollo, the session lookup): figures whose SQL takes under 5 ms show large ratios alone.',
);
