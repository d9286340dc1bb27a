/**
 * `pnpm bench writes [--seconds 15] [--concurrency 5,20] [--rounds 3] [--pg URL]`
 *
 * Write throughput as officers see it: server processes (`node server/dist/main.js`) on a fresh
 * database; N officers each open a transaction and complete its first step, again and again,
 * over real HTTP. Prints the step advances per second (and all actions per second) for SQLite
 * with one instance and PostgreSQL with one and two instances (two processes on one database,
 * the officers spread over both), with the CPU each advance cost the app's processes and the
 * database. PostgreSQL: `--pg` (an admin URL: a database is created and dropped), else
 * MASAR_BENCH_PG_URL, else those rows are skipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../db/mikro-orm.config.js';
import { withCheckDigit } from '../modules/beneficiaries/saudi-identity.js';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '15' },
    concurrency: { type: 'string', default: '5,20' },
    pg: { type: 'string', default: process.env.MASAR_BENCH_PG_URL ?? '' },
    rounds: { type: 'string', default: '3' },
  },
  strict: true,
});
const seconds = Number(values.seconds);
const levels = values.concurrency.split(',').map(Number);
const rounds = Math.max(1, Number(values.rounds));
const ADMIN_PASSWORD = 'Bench-Harbour-Lantern-2026';
const OFFICER_PASSWORD = 'Bench-Officer-Quartz-2026';
const mainJs = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../main.js');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

async function startServer(env: NodeJS.ProcessEnv): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [...(process.env.MASAR_BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean), mainJs],
    {
      env: {
        ...process.env,
        ...env,
        PORT: String(port),
        HOST: '127.0.0.1',
        NODE_ENV: 'production',
        MASAR_LOG_LEVEL: 'warn',
        MASAR_RATE_LIMIT: '1000000',
        MASAR_ADMIN_PASSWORD: ADMIN_PASSWORD,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, child };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

class Client {
  cookie = '';
  constructor(readonly url: string) {}
  async gql<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const res = await fetch(`${this.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: this.cookie },
      body: JSON.stringify({ query, variables }),
    });
    const set = res.headers.get('set-cookie');
    if (set) this.cookie = set.split(';')[0]!;
    const body = (await res.json()) as { data?: T; errors?: unknown };
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    return body.data;
  }
  signIn(login: string, password: string) {
    return this.gql(`mutation($i: SignInInput!) { signIn(input: $i) { user { id } } }`, {
      i: { login, password },
    });
  }
}

interface Desk {
  officers: Client[];
  beneficiaryId: string;
  checklist: string[];
}

async function prepare(urls: string[], officers: number): Promise<Desk> {
  const admin = new Client(urls[0]!);
  await admin.signIn('admin', ADMIN_PASSWORD);
  const clients: Client[] = [];
  for (let i = 0; i < officers; i++) {
    const username = `bench${i}`;
    await admin.gql(
      `mutation($i: UserCreateInput!) { userCreate(input: $i) { errors { code } } }`,
      {
        i: { username, displayName: username, roles: ['STAFF'], password: OFFICER_PASSWORD },
      },
    );
    const c = new Client(urls[i % urls.length]!);
    await c.signIn(username, OFFICER_PASSWORD);
    clients.push(c);
  }
  const b = await clients[0]!.gql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
    `mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }`,
    {
      i: {
        fullName: 'مستفيد القياس',
        nationalId: withCheckDigit('108877665'),
        mobile: '0551234567',
        city: 'الرياض',
        gender: 'FEMALE',
      },
    },
  );
  const steps = await clients[0]!.gql<{
    handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
  }>('{ handlingSteps { key checklist { key required } } }');
  return {
    officers: clients,
    beneficiaryId: b.beneficiaryCreate.beneficiary.id,
    checklist: steps.handlingSteps[0]!.checklist.filter((i) => i.required).map((i) => i.key),
  };
}

/**
 * CPU time (ms) the processes have used: Linux's /proc, else 0. With `children`, also that of
 * their children that have ended (PostgreSQL's postmaster collects its finished backends').
 */
function cpuMs(pids: number[], children = false): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      if (children) ticks += Number(fields[13]) + Number(fields[14]); // cutime, cstime
    } catch {
      // gone, or no /proc
    }
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** The PostgreSQL server's processes on this machine (the postmaster and its backends). */
function postgresPids(): number[] {
  if (!fs.existsSync('/proc')) return [];
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === 'postgres';
      } catch {
        return false;
      }
    });
}

interface Figures {
  advances: number;
  actions: number;
  /** CPU milliseconds per advance (an open and a step completed): the app's processes, PostgreSQL's. */
  appCpu: number;
  databaseCpu: number;
}

/** `n` officers open and advance for `secs`; advances and actions per second. */
async function run(desk: Desk, n: number, secs = seconds, pids: number[] = []): Promise<Figures> {
  let advances = 0;
  let actions = 0;
  const database = postgresPids();
  const app0 = cpuMs(pids);
  const db0 = cpuMs(database, true);
  const end = Date.now() + secs * 1000;
  await Promise.all(
    desk.officers.slice(0, n).map(async (c) => {
      while (Date.now() < end) {
        const opened = await c.gql<{
          transactionOpen: { transaction: { id: string; version: number } };
        }>(
          `mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id version } } }`,
          {
            i: {
              beneficiaryId: desk.beneficiaryId,
              channelKey: 'PHONE',
              type: 'SUPPORT_REQUEST',
              subject: 'قياس',
            },
          },
        );
        actions++;
        const t = opened.transactionOpen.transaction;
        const done = await c.gql<{ transactionCompleteStep: { errors: unknown[] } }>(
          `mutation($i: TransactionCompleteStepInput!) { transactionCompleteStep(input: $i) { errors { code } } }`,
          { i: { id: t.id, expectedVersion: t.version, checkedItems: desk.checklist } },
        );
        if (done.transactionCompleteStep.errors.length) throw new Error(JSON.stringify(done));
        actions++;
        advances++;
      }
    }),
  );
  const perAdvance = (ms: number) => (advances ? ms / advances : 0);
  return {
    advances: advances / secs,
    actions: actions / secs,
    appCpu: perAdvance(cpuMs(pids) - app0),
    databaseCpu: perAdvance(cpuMs(postgresPids(), true) - db0),
  };
}

/** A configuration under test: its servers up, its officers signed in. */
interface Setup {
  label: string;
  desk: Desk;
  pids: number[];
  stop: () => Promise<void>;
}

async function setUp(label: string, envs: NodeJS.ProcessEnv[]): Promise<Setup> {
  const servers: { url: string; child: ChildProcess }[] = [];
  // One after the other: the first migrates and loads the policy.
  for (const env of envs) servers.push(await startServer(env));
  const desk = await prepare(
    servers.map((s) => s.url),
    Math.max(...levels),
  );
  const pids = servers.map((s) => s.child.pid!);
  // Warm up (the JIT, the pools) before the figures count.
  await run(desk, Math.max(...levels), Math.min(3, seconds), pids);
  return { label, desk, pids, stop: () => Promise.all(servers.map((s) => stop(s.child))).then() };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Every configuration is up at once (an idle server costs nothing) and measured in turn, round
 * after round, so a slower minute of a shared machine falls on all of them alike; each row is
 * the median of its rounds.
 */
async function measureAll(setups: Setup[]): Promise<void> {
  const figures = new Map<string, Figures[]>();
  for (let round = 0; round < rounds; round++) {
    for (const n of levels) {
      for (const s of setups) {
        const key = `${s.label}|${n}`;
        figures.set(key, [...(figures.get(key) ?? []), await run(s.desk, n, seconds, s.pids)]);
      }
    }
  }
  for (const s of setups) {
    for (const n of levels) {
      const rows = figures.get(`${s.label}|${n}`)!;
      const m = (f: (r: Figures) => number) => median(rows.map(f));
      const db = s.label.startsWith('PostgreSQL') ? m((r) => r.databaseCpu) : 0;
      const cpu = `CPU per advance: app ${m((r) => r.appCpu).toFixed(1)} ms${db ? `, PostgreSQL ${db.toFixed(1)} ms` : ''}`;
      const spread = rows.map((r) => r.advances.toFixed(0)).join('/');
      console.log(
        `${s.label.padEnd(28)} ${String(n).padStart(3)} officers  ${m((r) => r.advances)
          .toFixed(1)
          .padStart(6)} advances/s (${spread})  ${m((r) => r.actions)
          .toFixed(1)
          .padStart(6)} actions/s  ${cpu}`,
      );
    }
  }
}

console.log(
  `Write throughput: each officer opens a transaction and completes its first step; ${seconds} s per run, the median of ${rounds} rounds (${os.cpus().length} CPUs)`,
);
const setups: Setup[] = [];
const cleanups: (() => Promise<void>)[] = [];
try {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-bench-writes-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  setups.push(await setUp('SQLite, one instance', [{ MASAR_DATA_DIR: dir, DATABASE_URL: '' }]));
  if (!values.pg) {
    console.log('PostgreSQL: skipped (pass --pg postgresql://… or set MASAR_BENCH_PG_URL)');
  } else {
    const orm = await MikroORM.init(ormOptions({ engine: 'postgresql', databaseUrl: values.pg }));
    const admin = (sql: string) => orm.em.getConnection().execute(sql);
    cleanups.push(() => orm.close(true));
    for (const instances of [1, 2]) {
      const name = `masar_bench_${Date.now()}`;
      await admin(`create database ${name}`);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-bench-writes-'));
      cleanups.unshift(async () => {
        await admin(`drop database if exists ${name} with (force)`);
        fs.rmSync(dataDir, { recursive: true, force: true });
      });
      const url = new URL(values.pg);
      url.pathname = `/${name}`;
      const env = { MASAR_DATA_DIR: dataDir, DATABASE_URL: url.toString() };
      setups.push(
        await setUp(
          `PostgreSQL, ${instances === 1 ? 'one instance' : 'two instances'}`,
          Array(instances).fill(env),
        ),
      );
    }
  }
  await measureAll(setups);
} finally {
  for (const s of setups) await s.stop();
  for (const c of cleanups) await c();
}
