/**
 * `pnpm soak [--minutes 10] [--url URL] [--transactions 5000] [--officers 10] [--pause-ms 300]`
 *
 * A long mixed load (issue 15): officers taking support requests through every step with the
 * committee, managers on the dashboard and lists, analysts on statistics, anonymous policy
 * readers and wrong passwords (soak-workload.ts), all at once for `minutes`. Every minute it
 * prints the request rate, p50/p99 per operation, the refusals (HTTP 429, other 4xx, 5xx,
 * GraphQL error codes, payload errors) and the server's memory; at the end, whether the memory
 * stopped growing after the warm-up.
 *
 * Without --url it generates demo data into a fresh SQLite file and starts `node dist/main.js`
 * on it with a metrics token of its own (memory read from /metrics). With --url the memory comes
 * from /metrics when MASAR_METRICS_TOKEN is set, else from `ps` when --pid names the server.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { generateDemo } from '../db/demo/generate-demo.js';
import { fmt, slope, Tally } from './soak-measure.js';
import * as people from './soak-workload.js';

const USAGE =
  'Usage: pnpm soak [--minutes 10] [--url URL [--pid PID]] [--transactions 5000] [--officers 10] [--pause-ms 300]';
const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '10' },
    url: { type: 'string' },
    pid: { type: 'string' },
    transactions: { type: 'string', default: '5000' },
    officers: { type: 'string', default: '10' },
    'pause-ms': { type: 'string', default: '300' },
  },
  strict: true,
});
const minutes = Number(values.minutes);
const officers = Number(values.officers);
const pauseMs = Number(values['pause-ms']);
const transactions = Number(values.transactions);
if (
  !(minutes > 0) ||
  !Number.isInteger(officers) ||
  officers < 1 ||
  !(pauseMs >= 0) ||
  !Number.isInteger(transactions) ||
  transactions < 1
) {
  console.error(USAGE);
  process.exit(2);
}

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mb = (bytes: number) => bytes / 1024 / 1024;

/** A port nobody listens on right now. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const port = (probe.address() as net.AddressInfo).port;
      probe.close(() => resolve(port));
    });
  });
}

interface Target {
  url: string;
  pid?: number;
  metricsToken?: string;
  child?: ChildProcess;
  dir?: string;
}

/** Demo data in a fresh SQLite file, and the built server started on it. */
async function startOwnServer(): Promise<Target> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-soak-'));
  const config = loadConfig({ ...process.env, MASAR_DATA_DIR: dir, DATABASE_URL: '' });
  const orm = await openDatabase(config);
  const started = Date.now();
  const summary = await generateDemo(orm, {
    engine: 'sqlite',
    sqliteFile: config.databaseUrl,
    transactions,
    seed: 1,
  });
  await orm.close();
  console.log(
    `Demo data: ${fmt(summary.transactions)} transactions, ${fmt(summary.rows)} rows in ${fmt((Date.now() - started) / 1000, 1)} s (${dir})`,
  );
  const port = await freePort();
  const metricsToken = randomBytes(24).toString('hex');
  const log = fs.openSync(path.join(dir, 'server.log'), 'a');
  const child = spawn(process.execPath, [path.join(serverRoot, 'dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      MASAR_DATA_DIR: dir,
      DATABASE_URL: '',
      MASAR_METRICS_TOKEN: metricsToken,
    },
    stdio: ['ignore', log, log],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) break;
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, pid: child.pid, metricsToken, child, dir };
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not start; its log: ${path.join(dir, 'server.log')}`);
}

interface Memory {
  at: number;
  rss: number;
  heapUsed?: number;
  heapTotal?: number;
  /** The server's child processes together (SQLite's read processes), from `ps`. */
  children?: number;
}

/** The resident memory of a process's children, in bytes (0 when it has none). */
function childrenRss(pid: number): number {
  try {
    const out = execFileSync('ps', ['-o', 'rss=', '--ppid', String(pid)]).toString();
    return out.split('\n').reduce((sum, kb) => sum + (Number(kb) || 0) * 1024, 0);
  } catch {
    return 0; // ps exits 1 when there is no such process
  }
}

/** The server's memory: from /metrics when there is a token, else from `ps`; null if neither. */
async function readMemory(target: Target): Promise<Memory | null> {
  if (target.metricsToken) {
    try {
      const res = await fetch(`${target.url}/metrics`, {
        headers: { authorization: `Bearer ${target.metricsToken}` },
      });
      const text = await res.text();
      const value = (name: string) => {
        const m = new RegExp(`^${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text);
        return m ? Number(m[1]) : undefined;
      };
      const rss = value('process_resident_memory_bytes');
      if (rss !== undefined)
        return {
          at: Date.now(),
          rss,
          heapUsed: value('nodejs_heap_size_used_bytes'),
          heapTotal: value('nodejs_heap_size_total_bytes'),
          children: target.pid ? childrenRss(target.pid) : undefined,
        };
    } catch {
      // Fall back on ps.
    }
  }
  if (!target.pid) return null;
  try {
    const kb = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(target.pid)]).toString());
    return kb > 0 ? { at: Date.now(), rss: kb * 1024, children: childrenRss(target.pid) } : null;
  } catch {
    return null;
  }
}

const memoryLine = (m: Memory | undefined) =>
  !m
    ? 'memory: not available (no metrics token, no --pid)'
    : `RSS ${fmt(mb(m.rss), 1)} MB` +
      (m.heapUsed !== undefined
        ? `, heap used ${fmt(mb(m.heapUsed), 1)} MB of ${fmt(mb(m.heapTotal ?? 0), 1)} MB`
        : '') +
      (m.children ? `; its read processes ${fmt(mb(m.children), 1)} MB` : '');

async function main() {
  const target: Target = values.url
    ? {
        url: values.url.replace(/\/$/, ''),
        pid: values.pid ? Number(values.pid) : undefined,
        metricsToken: process.env.MASAR_METRICS_TOKEN,
      }
    : await startOwnServer();
  const operations = people.loadClientOperations(path.join(serverRoot, '../client/src'));
  let total = new Tally();
  let minute = new Tally();
  const record: people.Recorder = (op, ms, outcome) => {
    total.add(op, ms, outcome);
    minute.add(op, ms, outcome);
  };
  let endAt = Infinity;
  const running = () => Date.now() < endAt;
  const w: people.Workload = { url: target.url, operations, record, running, pauseMs };
  console.log(
    `Soak: ${fmt(minutes)} min against ${target.url}: ${officers} officers (staff1…staff5, committee1…2), ` +
      `2 managers, 2 analysts, 3 anonymous policy readers, 1 password guesser; mean pause ${pauseMs} ms.`,
  );

  const memory: Memory[] = [];
  const first = await readMemory(target);
  if (first) memory.push(first);
  console.log(`Before the load: ${memoryLine(first ?? undefined)}`);
  const sampler = setInterval(() => {
    void readMemory(target).then((m) => m && memory.push(m));
  }, 5_000);

  // Everyone signs in first, one after the other (sign-ins are slow on purpose); the wrong
  // passwords during the run are the password guesser's.
  const session = new Map<string, people.Session>();
  for (const login of [
    'staff1',
    'staff2',
    'staff3',
    'staff4',
    'staff5',
    'committee1',
    'committee2',
    'manager1',
    'analyst1',
  ])
    session.set(login, await people.signedIn(w, login));
  const as = (login: string) => session.get(login)!;
  total = new Tally();
  minute = new Tally();
  const started = Date.now();
  endAt = started + minutes * 60_000;
  const workers = [
    ...Array.from({ length: officers }, (_, i) =>
      people.officer(w, as(`staff${(i % 5) + 1}`), as(`committee${(i % 2) + 1}`)),
    ),
    people.manager(w, as('manager1')),
    people.manager(w, as('manager1')),
    people.analyst(w, as('analyst1')),
    people.analyst(w, as('analyst1')),
    people.reader(w),
    people.reader(w),
    people.reader(w),
    people.guesser(w),
  ];
  let m = 0;
  const reporter = setInterval(() => {
    m++;
    const seconds = 60;
    console.log(
      `\nMinute ${m}: ${fmt(minute.count / seconds, 1)} requests/s; refused: ${minute.refusals()}\n` +
        `  server: ${memoryLine(memory.at(-1))}; machine load ${fmt(os.loadavg()[0]!, 1)} on ${os.cpus().length} cores\n${minute.table(seconds)}`,
    );
    minute = new Tally();
  }, 60_000);
  const results = await Promise.allSettled(workers);
  clearInterval(reporter);
  clearInterval(sampler);
  const seconds = (Date.now() - started) / 1000;
  for (const r of results)
    if (r.status === 'rejected') console.error(`A worker stopped: ${String(r.reason)}`);

  console.log(
    `\nWhole run (${fmt(seconds / 60, 1)} min): ${fmt(total.count)} requests, ${fmt(total.count / seconds, 1)} requests/s; refused: ${total.refusals()}\n${total.table(seconds)}`,
  );
  verdict(memory, started);

  if (target.child) {
    target.child.kill('SIGTERM');
    await new Promise((r) => target.child!.once('exit', r));
    fs.rmSync(target.dir!, { recursive: true, force: true });
  }
}

/**
 * Memory after the warm-up (the first fifth of the run, at least two minutes). RSS and the heap
 * swing with the garbage collector, so each minute is summed up by its RSS peak and its heap floor
 * (the least heap in use, after collections: what the process keeps); the minutes after the
 * warm-up are split in two halves. Grown: the last half's RSS peak or median heap floor is over
 * the first half's by more than 10 MB and 5 %. The slope of the per-minute RSS peaks over the last
 * half is shown too.
 */
function verdict(memory: Memory[], started: number) {
  interface Minute {
    rssPeak: number;
    heapFloor?: number;
    children: number;
  }
  const perMinute: Minute[] = [];
  for (let i = 0; i < Math.ceil(minutes); i++) {
    const inMinute = memory.filter(
      (s) => s.at >= started + i * 60_000 && s.at < started + (i + 1) * 60_000,
    );
    if (!inMinute.length) continue;
    const heaps = inMinute.flatMap((s) => (s.heapUsed === undefined ? [] : [s.heapUsed]));
    perMinute.push({
      rssPeak: mb(Math.max(...inMinute.map((s) => s.rss))),
      heapFloor: heaps.length ? mb(Math.min(...heaps)) : undefined,
      children: mb(Math.max(...inMinute.map((s) => s.children ?? 0))),
    });
  }
  const list = (xs: (number | undefined)[]) => xs.map((x) => fmt(x ?? NaN, 0)).join(', ');
  console.log(
    `\nMemory per minute (MB): RSS peak ${list(perMinute.map((m) => m.rssPeak))}\n` +
      (perMinute.some((m) => m.heapFloor !== undefined)
        ? `  heap floor ${list(perMinute.map((m) => m.heapFloor))}\n`
        : '') +
      (perMinute.some((m) => m.children)
        ? `  its read processes' RSS ${list(perMinute.map((m) => m.children))}\n`
        : ''),
  );
  const warmMinutes = Math.max(2, Math.ceil(minutes / 5));
  const after = perMinute.slice(warmMinutes);
  if (after.length < 4) {
    console.log('  Too short a run to judge (4 minutes after the warm-up at least).');
    return;
  }
  const early = after.slice(0, Math.floor(after.length / 2));
  const late = after.slice(Math.floor(after.length / 2));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
  const grew = (from: number, to: number) => to - from > Math.max(10, from * 0.05);
  const rssEarly = Math.max(...early.map((m) => m.rssPeak));
  const rssLate = Math.max(...late.map((m) => m.rssPeak));
  const floors = (ms: Minute[]) =>
    ms.flatMap((m) => (m.heapFloor === undefined ? [] : [m.heapFloor]));
  const heapEarly = floors(early).length ? median(floors(early)) : NaN;
  const heapLate = floors(late).length ? median(floors(late)) : NaN;
  const lateSlope = slope(late.map((m, i) => ({ x: i, y: m.rssPeak })));
  const growing =
    grew(rssEarly, rssLate) || (Number.isFinite(heapEarly) && grew(heapEarly, heapLate));
  console.log(
    `  After the warm-up (${warmMinutes} min): RSS peak ${fmt(rssEarly, 0)} MB in the first half, ${fmt(rssLate, 0)} MB in the last` +
      (Number.isFinite(heapEarly)
        ? `; median heap floor ${fmt(heapEarly, 0)} MB, then ${fmt(heapLate, 0)} MB`
        : '') +
      `; RSS peaks' slope over the last half ${fmt(lateSlope, 1)} MB/min.\n` +
      `  ${growing ? 'The memory was STILL GROWING at the end' : 'The memory stopped growing after the warm-up'} (grown: more than 10 MB and 5 % over the first half).`,
  );
}

await main();
