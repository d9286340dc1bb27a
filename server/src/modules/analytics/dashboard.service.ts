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
