/**
 * What the backup tests share: officers advancing transactions concurrently (each acknowledged
 * write remembered with the time it was acknowledged), the CLI run in-process, and the checks
 * a restored database must pass.
 */
import { MikroORM } from '@mikro-orm/core';
import type { Config } from '../../config.js';
import { ormOptions } from '../../db/mikro-orm.config.js';
import { runCli } from '../../cli/commands.js';
import { createBeneficiary, openTransaction } from '../../test-support/fixtures.js';
import type { GraphQLClient, TestServer } from '../../test-support/test-app.js';

/** A write the API acknowledged: a transaction opened, or its step completed (its new version). */
export interface Ack {
  id: string;
  version: number;
  at: number;
}

const COMPLETE = `mutation($i: TransactionCompleteStepInput!) {
  transactionCompleteStep(input: $i) { transaction { id version } errors { code } } }`;

/** The CLI in-process: exit code and what it printed. */
export async function cli(config: Config, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, config, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/**
 * `count` officers (each with a beneficiary of their own) opening transactions and completing
 * their first step, one after another, until `stop()`.
 */
export async function startWriters(server: TestServer, count: number) {
  const officers: { client: GraphQLClient; beneficiaryId: string }[] = [];
  for (let w = 0; w < count; w++) {
    const client = await server.userWithRoles(['STAFF'], `writer${w}`);
    const beneficiaryId = await createBeneficiary(client, String(201_000_000 + w * 7919));
    officers.push({ client, beneficiaryId });
  }
  const steps = await officers[0]!.client.graphql<{
    handlingSteps: { key: string; checklist: { key: string; required: boolean }[] }[];
  }>('{ handlingSteps { key checklist { key required } } }');
  const reception = steps
    .data!.handlingSteps.find((s) => s.key === 'RECEPTION')!
    .checklist.filter((i) => i.required)
    .map((i) => i.key);

  const acks: Ack[] = [];
  let stopped = false;
  const loops = officers.map(async ({ client, beneficiaryId }) => {
    while (!stopped) {
      const t = await openTransaction(client, beneficiaryId, 'PHONE');
      acks.push({ id: t.id, version: t.version, at: Date.now() });
      const res = await client.graphql<{
        transactionCompleteStep: { transaction: { id: string; version: number } | null };
      }>(COMPLETE, { i: { id: t.id, expectedVersion: t.version, checkedItems: reception } });
      const done = res.data?.transactionCompleteStep.transaction;
      if (!done) throw new Error(`transactionCompleteStep failed: ${JSON.stringify(res)}`);
      acks.push({ id: done.id, version: done.version, at: Date.now() });
    }
  });
  return {
    acks,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return acks;
    },
  };
}

type Row = Record<string, unknown>;

/** Opens a restored database (already migrated by the restore) for the checks. */
export async function openRestored(config: Config) {
  const orm = await MikroORM.init(ormOptions(config));
  const sql = (query: string) => orm.em.getConnection().execute(query) as Promise<Row[]>;
  return { orm, sql };
}

/** Rows per table of a database. */
export async function countRows(
  sql: (query: string) => Promise<Row[]>,
  tables: string[],
): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of tables) {
    counts[table] = Number((await sql(`select count(*) as n from "${table}"`))[0]!.n);
  }
  return counts;
}

/**
 * Problems with the transactions' timelines: each starts with OPENED; its latest event's time is
 * the transaction's; its version is one more than its events; its current step is the one its completed
 * steps lead to (the writers only open and complete the first step); each has one audit row per
 * event, and every audit row of a transaction names one that exists.
 */
export async function timelineProblems(sql: (query: string) => Promise<Row[]>): Promise<string[]> {
  const problems: string[] = [];
  const txs = await sql(`select t.id, t.status, t.version, t.last_event_at, s.position
    from beneficiary_transaction t join handling_step s on s.id = t.current_step_id`);
  const events = await sql('select transaction_id, kind, at from transaction_event order by id');
  const audits = await sql(
    "select target_id, action from audit_entry where target_type = 'Transaction' and action <> 'transaction.search'",
  );
  const byTx = new Map<string, Row[]>();
  for (const e of events) {
    const key = String(e.transaction_id);
    byTx.set(key, [...(byTx.get(key) ?? []), e]);
  }
  const auditsByTx = new Map<string, number>();
  for (const a of audits) {
    auditsByTx.set(String(a.target_id), (auditsByTx.get(String(a.target_id)) ?? 0) + 1);
  }
  const time = (v: unknown) => new Date(v as string | number | Date).getTime();
  const ids = new Set(txs.map((t) => String(t.id)));
  for (const [id] of auditsByTx) if (!ids.has(id)) problems.push(`audit rows for missing ${id}`);
  for (const t of txs) {
    const id = String(t.id);
    const timeline = byTx.get(id) ?? [];
    const completed = timeline.filter((e) => e.kind === 'STEP_COMPLETED').length;
    if (timeline[0]?.kind !== 'OPENED') problems.push(`${id}: timeline does not start OPENED`);
    if (Number(t.version) !== timeline.length + 1) {
      problems.push(`${id}: version ${String(t.version)} with ${timeline.length} events`);
    }
    if (time(t.last_event_at) !== time(timeline.at(-1)?.at)) {
      problems.push(`${id}: last_event_at is not its latest event's time`);
    }
    if (t.status !== 'OPEN' || Number(t.position) !== 1 + completed) {
      problems.push(`${id}: ${String(t.status)} at step ${String(t.position)} after ${completed}`);
    }
    if ((auditsByTx.get(id) ?? 0) !== timeline.length) {
      problems.push(`${id}: ${auditsByTx.get(id) ?? 0} audit rows for ${timeline.length} events`);
    }
  }
  return problems;
}
