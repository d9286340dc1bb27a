import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';

/**
 * The manager's dashboard figures, each one aggregate statement over indexed columns: nothing
 * is loaded row by row into JavaScript. Periods are [from, to) instants; months are Riyadh-time.
 */
export interface Period {
  from: Date;
  to: Date;
}

const num = (v: unknown) => (v == null ? 0 : Number(v));

/** YYYY-MM of a datetime column in Riyadh time, in the engine's own SQL. */
function monthOf(engine: DatabaseEngine, column: string): string {
  return engine === 'sqlite'
    ? `strftime('%Y-%m', ${column} / 1000, 'unixepoch', '+3 hours')`
    : `to_char(${column} at time zone 'Asia/Riyadh', 'YYYY-MM')`;
}

/** A Date as the engine stores it (SQLite: epoch milliseconds). */
const at = (engine: DatabaseEngine, d: Date) => (engine === 'sqlite' ? d.getTime() : d);

export interface Workload {
  open: number;
  awaitingCommittee: number;
  committeeOverdue: number;
  deferred: number;
  referred: number;
}

/** Transactions in hand now, by where they stand. */
export async function workload(
  em: EntityManager,
  engine: DatabaseEngine,
  now = new Date(),
): Promise<Workload> {
  const [row] = (await em.getConnection().execute(
    `select
       sum(case when status <> 'CLOSED' then 1 else 0 end) as open,
       sum(case when status = 'AWAITING_COMMITTEE' then 1 else 0 end) as awaiting,
       sum(case when status = 'AWAITING_COMMITTEE' and committee_due_at < ? then 1 else 0 end) as overdue,
       sum(case when status = 'DEFERRED' then 1 else 0 end) as deferred,
       sum(case when status = 'REFERRED' then 1 else 0 end) as referred
     from beneficiary_transaction where status <> 'CLOSED'`,
    [at(engine, now)],
  )) as Record<string, unknown>[];
  return {
    open: num(row?.open),
    awaitingCommittee: num(row?.awaiting),
    committeeOverdue: num(row?.overdue),
    deferred: num(row?.deferred),
    referred: num(row?.referred),
  };
}

/** Open transactions per current step (the funnel), in the policy's step order. */
export async function funnel(
  em: EntityManager,
): Promise<{ stepKey: string; position: number; count: number }[]> {
  const rows = (await em.getConnection().execute(
    `select s.key as step_key, min(s.position) as position, count(t.id) as n
     from beneficiary_transaction t join handling_step s on s.id = t.current_step_id
     where t.status <> 'CLOSED' group by s.key order by min(s.position)`,
  )) as Record<string, unknown>[];
  return rows.map((r) => ({
    stepKey: String(r.step_key),
    position: num(r.position),
    count: num(r.n),
  }));
}

/** Transactions opened per month and channel within the period. */
export async function volumeByChannel(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
): Promise<{ month: string; channelKey: string; count: number }[]> {
  const month = monthOf(engine, 't.opened_at');
  const rows = (await em.getConnection().execute(
    `select ${month} as month, c.key as channel_key, count(t.id) as n
     from beneficiary_transaction t join channel c on c.id = t.channel_id
     where t.opened_at >= ? and t.opened_at < ?
     group by ${month}, c.key order by 1, 2`,
    [at(engine, period.from), at(engine, period.to)],
  )) as Record<string, unknown>[];
  return rows.map((r) => ({
    month: String(r.month),
    channelKey: String(r.channel_key),
    count: num(r.n),
  }));
}

/** Committee decisions per month of the decision, and how many came within the window. */
export async function committeeCompliance(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
): Promise<{ month: string; decisions: number; onTime: number }[]> {
  const month = monthOf(engine, 'e.at');
  const rows = (await em.getConnection().execute(
    `select ${month} as month, count(e.id) as decisions,
       sum(case when e.data like '%"late":true%' then 0 else 1 end) as on_time
     from transaction_event e
     where e.kind in ('APPROVED', 'REJECTED') and e.at >= ? and e.at < ?
     group by ${month} order by 1`,
    [at(engine, period.from), at(engine, period.to)],
  )) as Record<string, unknown>[];
  return rows.map((r) => ({
    month: String(r.month),
    decisions: num(r.decisions),
    onTime: num(r.on_time),
  }));
}

/** The referral reasons given most often in the period: where procedures are unclear. */
export async function topReferralReasons(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
  limit = 5,
): Promise<{ reasonKey: string; count: number }[]> {
  const reason =
    engine === 'sqlite' ? `json_extract(e.data, '$.reason')` : `(e.data::json ->> 'reason')`;
  const rows = (await em.getConnection().execute(
    `select ${reason} as reason_key, count(e.id) as n from transaction_event e
     where e.kind = 'REFERRED' and e.at >= ? and e.at < ?
     group by ${reason} order by count(e.id) desc, 1 limit ?`,
    [at(engine, period.from), at(engine, period.to), limit],
  )) as Record<string, unknown>[];
  return rows.map((r) => ({ reasonKey: String(r.reason_key), count: num(r.n) }));
}

/** Follow-up waiting: suggestions and complaints not closed, improvement actions open. */
export async function followUp(
  em: EntityManager,
): Promise<{ openFeedback: number; openImprovementActions: number }> {
  const conn = em.getConnection();
  const [feedback] = (await conn.execute(
    `select count(*) as n from feedback_item where status <> 'CLOSED'`,
  )) as Record<string, unknown>[];
  const [actions] = (await conn.execute(
    `select count(*) as n from improvement_action where status = 'OPEN'`,
  )) as Record<string, unknown>[];
  return { openFeedback: num(feedback?.n), openImprovementActions: num(actions?.n) };
}

/** Milliseconds between two datetime columns, in the engine's own SQL. */
function msBetween(engine: DatabaseEngine, later: string, earlier: string): string {
  return engine === 'sqlite'
    ? `(${later} - ${earlier})`
    : `(extract(epoch from (${later} - ${earlier})) * 1000)`;
}

/**
 * Days spent at each step, over the transactions that left a step in the period: the time from
 * the event before to each event at a step, summed per transaction and step (a step visited twice
 * counts both stays), then the median and 90th percentile by nearest rank, in SQL.
 */
export async function stepDurations(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
): Promise<
  { stepKey: string; position: number; transactions: number; medianDays: number; p90Days: number }[]
> {
  const gap = msBetween(
    engine,
    'e.at',
    'lag(e.at) over (partition by e.transaction_id order by e.id)',
  );
  const rows = (await em.getConnection().execute(
    `with gaps as (
       select e.step_id, e.transaction_id, e.at, ${gap} as ms from transaction_event e
     ), stays as (
       select step_id, transaction_id, sum(ms) as ms from gaps
       where ms is not null and at >= ? and at < ? group by step_id, transaction_id
     ), ranked as (
       select step_id, ms, row_number() over (partition by step_id order by ms) as rn,
              count(*) over (partition by step_id) as n
       from stays
     )
     select s.key as step_key, min(s.position) as position, min(r.n) as n,
            min(case when r.rn = (r.n + 1) / 2 then r.ms end) as median_ms,
            min(case when r.rn = (9 * r.n + 9) / 10 then r.ms end) as p90_ms
     from ranked r join handling_step s on s.id = r.step_id
     group by s.key order by min(s.position)`,
    [at(engine, period.from), at(engine, period.to)],
  )) as Record<string, unknown>[];
  const days = (ms: unknown) => Math.round((num(ms) / 86_400_000) * 10) / 10;
  return rows.map((r) => ({
    stepKey: String(r.step_key),
    position: num(r.position),
    transactions: num(r.n),
    medianDays: days(r.median_ms),
    p90Days: days(r.p90_ms),
  }));
}
