/**
 * `pnpm bench writes [--seconds 15] [--concurrency 5,20] [--pg URL]`
 *
 * Write throughput as officers see it: server processes (`node server/dist/main.js`) on a fresh
 * database; N officers each open a transaction and complete its first step, again and again,
 * over real HTTP. Prints the step advances per second (and all actions per second) for SQLite
 * with one instance and PostgreSQL with one and two instances (two processes on one database,
 * the officers spread over both). PostgreSQL: `--pg` (an admin URL: a database is created and
 * dropped), else MASAR_BENCH_PG_URL, else that column is skipped.
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
  },
  strict: true,
});
const seconds = Number(values.seconds);
const levels = values.concurrency.split(',').map(Number);
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

/** `n` officers open and advance for `seconds`; advances and actions per second. */
async function run(desk: Desk, n: number): Promise<{ advances: number; actions: number }> {
  let advances = 0;
  let actions = 0;
  const end = Date.now() + seconds * 1000;
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
  return { advances: advances / seconds, actions: actions / seconds };
}

async function measure(label: string, envs: NodeJS.ProcessEnv[]): Promise<void> {
  const servers = [];
  // One after the other: the first migrates and loads the policy.
  for (const env of envs) servers.push(await startServer(env));
  try {
    const desk = await prepare(
      servers.map((s) => s.url),
      Math.max(...levels),
    );
    for (const n of levels) {
      const r = await run(desk, n);
      console.log(
        `${label.padEnd(28)} ${String(n).padStart(3)} officers  ${r.advances.toFixed(1).padStart(7)} advances/s  ${r.actions.toFixed(1).padStart(7)} actions/s`,
      );
    }
  } finally {
    await Promise.all(servers.map((s) => stop(s.child)));
  }
}

console.log(
  `Write throughput: each officer opens a transaction and completes its first step, ${seconds} s per row (${os.cpus().length} CPUs)`,
);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-bench-writes-'));
try {
  await measure('SQLite, one instance', [{ MASAR_DATA_DIR: dir, DATABASE_URL: '' }]);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
if (!values.pg) {
  console.log('PostgreSQL: skipped (pass --pg postgresql://… or set MASAR_BENCH_PG_URL)');
} else {
  const orm = await MikroORM.init(ormOptions({ engine: 'postgresql', databaseUrl: values.pg }));
  const admin = { query: (sql: string) => orm.em.getConnection().execute(sql) };
  for (const instances of [1, 2]) {
    const name = `masar_bench_${Date.now()}`;
    await admin.query(`create database ${name}`);
    const url = new URL(values.pg);
    url.pathname = `/${name}`;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'masar-bench-writes-'));
    try {
      const env = { MASAR_DATA_DIR: dataDir, DATABASE_URL: url.toString() };
      await measure(
        `PostgreSQL, ${instances === 1 ? 'one instance' : 'two instances'}`,
        Array(instances).fill(env),
      );
    } finally {
      await admin.query(`drop database if exists ${name} with (force)`);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
  await orm.close(true);
}
