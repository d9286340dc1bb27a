/**
 * `pnpm bench [--sizes 10000,100000,1000000] [--engines sqlite,postgresql] [--sections dashboard,pages,statistics]
 *   [--runs 7] [--seed 1] [--dir DIR] [--pg-url URL]`
 *
 * For each engine and size: demo data (kept and reused: a SQLite file in DIR/n<size>-s<seed>, a
 * database `masar_bench_n<size>_s<seed>` on the PostgreSQL server of --pg-url or
 * MASAR_BENCH_PG_URL; scripts/bench.mjs starts a throwaway cluster when neither is given), the
 * real server on it, then
 * - dashboard: every dashboard query timed twice — through GraphQL over HTTP as a signed-in
 *   manager, and the same SQL statements run directly on a connection of the bench's own;
 * - pages: the pages staff use most (bench-pages.ts), through GraphQL beside the statements the
 *   server ran for them, run directly; with both engines, both servers run at once and take turns;
 * - statistics: each example of the analyst guide (docs/analyst-guide.md) as analyst1, the same way;
 * printing the medians and their ratio, then for each query the growth between the sizes and,
 * with both engines, PostgreSQL against SQLite. Without options: SQLite, every section.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startApp, type RunningApp } from '../app.js';
import type { DatabaseEngine } from '../config.js';
import { dashboardStatements, type Period } from '../modules/analytics/dashboard.service.js';
import { RIYADH_OFFSET_MS } from '../modules/common/periods.js';
import {
  askGraphql,
  benchSettings,
  ensureBenchData,
  fmt,
  signIn,
  timeMedian,
} from './bench-settings.js';
import {
  benchPages,
  guideExamplesOf,
  openRaw,
  type PageTarget,
  type RawDatabase,
} from './bench-pages.js';

const USAGE =
  'Usage: pnpm bench [--sizes 10000,100000,1000000] [--engines sqlite,postgresql] [--sections dashboard,pages,statistics] [--statements] [--runs 7] [--seed 1] [--dir DIR] [--pg-url URL]';
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10000,100000,1000000' },
    engines: { type: 'string' },
    engine: { type: 'string' },
    sections: { type: 'string', default: 'dashboard,pages,statistics' },
    statements: { type: 'boolean', default: false },
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
const engines = (values.engines ?? values.engine ?? 'sqlite')
  .split(',')
  .filter(Boolean) as DatabaseEngine[];
const sections = values.sections.split(',').filter(Boolean);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !(runs >= 1) ||
  !Number.isInteger(seed) ||
  !engines.length ||
  !engines.every((e) => e === 'sqlite' || e === 'postgresql') ||
  !sections.length ||
  !sections.every((s) => ['dashboard', 'pages', 'statistics'].includes(s))
) {
  console.error(USAGE);
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

/** One measured query: a dashboard query over a period, or a page. */
interface Result {
  engine: DatabaseEngine;
  size: number;
  /** "this month · workload", "page · transaction page". */
  query: string;
  graphqlMs: number;
  sqlMs: number;
}
const ms = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(1)} ms`);
const line = (label: string, r: { graphqlMs: number; sqlMs: number }, more = '') =>
  console.log(
    `  ${label.padEnd(36)} GraphQL ${ms(r.graphqlMs).padStart(9)}   SQL ${ms(r.sqlMs).padStart(9)}   ratio ${(r.graphqlMs / r.sqlMs).toFixed(2)}${more}`,
  );

async function benchDashboard(app: RunningApp, raw: RawDatabase) {
  const results: Omit<Result, 'engine' | 'size'>[] = [];
  const cookie = await signIn(app, 'manager1');
  const now = new Date();
  for (const { name: periodName, period } of periods(now)) {
    const statements = dashboardStatements(app.config.engine, period, now);
    for (const q of QUERIES) {
      const query = `query($p: DashboardPeriod!) { dashboard(period: $p) { ${q.fields.map((f) => FIELDS[f]!.selection).join(' ')} } }`;
      const p = { from: period.from.toISOString(), to: period.to.toISOString() };
      const graphqlMs = await timeMedian(runs, () => askGraphql(app, cookie, query, { p }));
      const sql = q.fields.flatMap((f) => FIELDS[f]!.statements.flatMap((s) => statements[s]!));
      const sqlMs = await timeMedian(runs, async () => {
        for (const st of sql) await raw.run(st.sql, st.params);
      });
      const r = { query: `${periodName} · ${q.name}`, graphqlMs, sqlMs };
      results.push(r);
      line(r.query, r);
    }
  }
  return results;
}

/** The server on `engine` over `size` transactions, and the bench's own connection to it. */
async function open(engine: DatabaseEngine, size: number): Promise<PageTarget> {
  const config = await benchSettings({
    engine,
    dir: path.join(values.dir, `n${size}-s${seed}`),
    database: `masar_bench_n${size}_s${seed}`,
    pgUrl: values['pg-url'],
  });
  await ensureBenchData(config, size, seed);
  const app = await startApp(config);
  // Raw-SQL timings run between requests for seconds at a time: keep the client's connection
  // open across them (Node closes an idle keep-alive socket after 5 s, and fetch would reuse it).
  app.httpServer.keepAliveTimeout = 120_000;
  return { app, raw: await openRaw(config) };
}

/** Every engine's server at `size`: the dashboard on each in turn, then the pages side by side. */
async function benchSize(size: number): Promise<Result[]> {
  const targets: PageTarget[] = [];
  const results: Result[] = [];
  try {
    for (const engine of engines) targets.push(await open(engine, size));
    if (sections.includes('dashboard')) {
      for (const { app, raw } of targets) {
        console.log(`\n${app.config.engine}, ${fmt(size)} transactions: the dashboard`);
        const rows = await benchDashboard(app, raw);
        results.push(...rows.map((r) => ({ ...r, engine: app.config.engine, size })));
      }
    }
    if (sections.includes('pages')) {
      console.log(
        `\n${fmt(size)} transactions: the pages staff use most${targets.length > 1 ? ' (the engines taking turns)' : ''}`,
      );
      const pages = await benchPages(
        targets,
        runs,
        (r) =>
          line(
            `${r.engine.padEnd(10)} ${r.page}`,
            r,
            `   ${r.statements} statements (${r.writes} writing)${r.roundTrips ? `, ${r.roundTrips} round trips` : ''}`,
          ),
        values.statements,
      );
      results.push(...pages.map((r) => ({ ...r, query: `page · ${r.page}`, size })));
    }
    if (sections.includes('statistics')) {
      console.log(
        `\n${fmt(size)} transactions: the analyst guide's examples, as analyst1${targets.length > 1 ? ' (the engines taking turns)' : ''}`,
      );
      const examples = await benchPages(
        targets,
        runs,
        (r) => line(`${r.engine.padEnd(10)} ${r.page}`, r, `   ${r.statements} statements`),
        values.statements,
        guideExamplesOf,
      );
      results.push(...examples.map((r) => ({ ...r, query: `statistics · ${r.page}`, size })));
    }
  } finally {
    for (const { app, raw } of targets) {
      await raw.close();
      await app.close();
      app.httpServer.close();
    }
  }
  return results;
}

console.log(
  `Median of ${runs} runs after one warm-up: GraphQL over HTTP against the same SQL run directly (one statement after the other).`,
);
const all: Result[] = [];
for (const size of sizes) all.push(...(await benchSize(size)));

const ordered = [...sizes].sort((a, b) => a - b);
const queries = [...new Set(all.map((r) => r.query))];
const find = (engine: DatabaseEngine, size: number, query: string) =>
  all.find((r) => r.engine === engine && r.size === size && r.query === query);
if (ordered.length > 1) {
  const steps = ordered.slice(1).map((n, i) => [ordered[i]!, n] as const);
  console.log(
    `\nGrowth of the GraphQL (SQL) median: ${steps.map(([a, b]) => `${fmt(a)} → ${fmt(b)}`).join(', ')}`,
  );
  for (const engine of engines)
    for (const q of queries) {
      const growth = steps.map(([a, b]) => {
        const [x, y] = [find(engine, a, q), find(engine, b, q)];
        return x && y
          ? `${(y.graphqlMs / x.graphqlMs).toFixed(2)}× (${(y.sqlMs / x.sqlMs).toFixed(2)}×)`
          : '—';
      });
      console.log(`  ${engine.padEnd(10)} ${q.padEnd(36)} ${growth.join('   ')}`);
    }
}
if (engines.includes('sqlite') && engines.includes('postgresql')) {
  console.log('\nPostgreSQL against SQLite, GraphQL (SQL):');
  for (const q of queries) {
    const cells = ordered.map((n) => {
      const [l, p] = [find('sqlite', n, q), find('postgresql', n, q)];
      return l && p
        ? `${fmt(n)}: ${(p.graphqlMs / l.graphqlMs).toFixed(2)}× (${(p.sqlMs / l.sqlMs).toFixed(2)}×)`
        : '';
    });
    console.log(`  ${q.padEnd(36)} ${cells.join('   ')}`);
  }
}

/**
 * Issue 17's goals, printed rather than asserted: at the largest size the dashboard's queries and
 * the analyst guide's examples ≤ 150 ms and the pages ≤ 50 ms through GraphQL, growth from the
 * size before ≤ 1.3×, and GraphQL ≤ 1.2× its SQL wherever the SQL takes over 10 ms.
 */
const largest = ordered[ordered.length - 1]!;
const before = ordered[ordered.length - 2];
console.log(
  `\nGoals at ${fmt(largest)}: dashboard and statistics ≤ 150 ms, pages ≤ 50 ms${before ? `; growth from ${fmt(before)} ≤ 1.3×` : ''}; GraphQL ≤ 1.2× its SQL over 10 ms`,
);
for (const engine of engines) {
  const missed: string[] = [];
  for (const q of queries) {
    const r = find(engine, largest, q);
    if (!r) continue;
    const goal = q.startsWith('page') ? 50 : 150;
    const prev = before === undefined ? undefined : find(engine, before, q);
    const growth = prev ? r.graphqlMs / prev.graphqlMs : NaN;
    const why = [
      ...(r.graphqlMs > goal ? [`${ms(r.graphqlMs)}`] : []),
      ...(growth > 1.3 ? [`growth ${growth.toFixed(2)}×`] : []),
      ...(r.sqlMs > 10 && r.graphqlMs > 1.2 * r.sqlMs
        ? [`GraphQL ${(r.graphqlMs / r.sqlMs).toFixed(2)}× its SQL`]
        : []),
    ];
    if (why.length) missed.push(`    ${q}: ${why.join(', ')}`);
  }
  console.log(`  ${engine}: ${missed.length ? `${missed.length} not within` : 'all within'}`);
  for (const m of missed) console.log(m);
}
console.log(
  'Each request through GraphQL also pays a fixed cost of a few ms (HTTP, Apollo, the session lookup): queries whose SQL takes under 5 ms show large ratios alone.',
);
process.exit(0);
