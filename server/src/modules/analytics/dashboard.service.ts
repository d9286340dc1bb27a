import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { badInput } from '../common/errors.js';
import { periodKeys, RIYADH_OFFSET_MS } from '../common/periods.js';
import { monthOf, storedDate } from '../common/sql-dates.js';
import { today } from '../library/library.service.js';
import {
  figuresOf,
  filterSql,
  MEASURES,
  sumsOf,
  type Figures,
} from './satisfaction-figures.service.js';
import { msToDays, num } from '../common/figures.js';
import { readAll } from '../../db/read-pool.js';
import { everyMonth, riyadhMonthStart, trendPeriod } from './trend-period.js';
import { lateDecisionSql, stepStayMsSql } from '../transactions/transaction-facts.js';

/**
 * The manager's dashboard figures, each one aggregate statement over indexed columns: nothing
 * is loaded row by row into JavaScript. Periods are [from, to) instants; months are Riyadh-time.
 *
 * Each figure is a statement builder (`…Sql`, also what `pnpm bench` runs directly) and a runner
 * that maps its rows.
 */
export interface Period {
  from: Date;
  to: Date;
}

/** One SQL statement with its parameters. */
export interface Statement {
  sql: string;
  params: unknown[];
}

type Row = Record<string, unknown>;
/** Off the request thread, stopped at the query's deadline (db/read-pool.ts). */
const run = (em: EntityManager, st: Statement) => readAll<Row>(em, st.sql, st.params);

const at = storedDate;

/** The month index (year × 12 + month) if the instant is a Riyadh month's first midnight. */
function riyadhMonthIndex(d: Date): number | null {
  const local = new Date(d.getTime() + RIYADH_OFFSET_MS);
  if (local.getUTCDate() !== 1 || local.getTime() % 86_400_000 !== 0) return null;
  return local.getUTCFullYear() * 12 + local.getUTCMonth();
}

/**
 * The period a figure is compared with: for whole Riyadh months (a month, a quarter, a year) the
 * same number of months just before; otherwise the same length just before.
 */
/** The ten-year cap keeps a mistyped year from scanning all history twice. */
const MAX_PERIOD_MS = 10 * 366 * 86_400_000;

/** The period asked for, checked: it ends after it starts, and covers at most ten years. */
export function checkPeriod(period: Period): Period {
  if (!(period.from < period.to)) throw badInput('The period must end after it starts.', 'period');
  if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_MS)
    throw badInput('The period may cover at most ten years.', 'period');
  return { from: period.from, to: period.to };
}

export function previousPeriod(p: Period): Period {
  const from = riyadhMonthIndex(p.from);
  const to = riyadhMonthIndex(p.to);
  if (from != null && to != null && to > from) {
    return { from: riyadhMonthStart(2 * from - to), to: p.from };
  }
  return { from: new Date(2 * p.from.getTime() - p.to.getTime()), to: p.from };
}

/** The Riyadh days a period covers, first and last inclusive (survey facts are keyed by day). */
export function riyadhDays(p: Period): { first: string; last: string } {
  return {
    first: periodKeys(p.from).day,
    last: periodKeys(new Date(p.to.getTime() - 1)).day,
  };
}

export interface Workload {
  open: number;
  awaitingCommittee: number;
  committeeOverdue: number;
  deferred: number;
  referred: number;
}

export const workloadSql = (engine: DatabaseEngine, now: Date): Statement => ({
  sql: `select
       sum(case when status <> 'CLOSED' then 1 else 0 end) as open,
       sum(case when status = 'AWAITING_COMMITTEE' then 1 else 0 end) as awaiting,
       sum(case when status = 'AWAITING_COMMITTEE' and committee_due_at < ? then 1 else 0 end) as overdue,
       sum(case when status = 'DEFERRED' then 1 else 0 end) as deferred,
       sum(case when status = 'REFERRED' then 1 else 0 end) as referred
     from beneficiary_transaction where status <> 'CLOSED'`,
  params: [at(engine, now)],
});

/** Transactions in hand now, by where they stand. */
export async function workload(
  em: EntityManager,
  engine: DatabaseEngine,
  now = new Date(),
): Promise<Workload> {
  const [row] = await run(em, workloadSql(engine, now));
  return {
    open: num(row?.open),
    awaitingCommittee: num(row?.awaiting),
    committeeOverdue: num(row?.overdue),
    deferred: num(row?.deferred),
    referred: num(row?.referred),
  };
}

export const funnelSql = (): Statement => ({
  sql: `select s.key as step_key, min(s.position) as position, count(t.id) as n
     from beneficiary_transaction t join handling_step s on s.id = t.current_step_id
     where t.status <> 'CLOSED' group by s.key order by min(s.position)`,
  params: [],
});

/** Open transactions per current step (the funnel), in the policy's step order. */
export async function funnel(
  em: EntityManager,
): Promise<{ stepKey: string; position: number; count: number }[]> {
  return (await run(em, funnelSql())).map((r) => ({
    stepKey: String(r.step_key),
    position: num(r.position),
    count: num(r.n),
  }));
}

export function volumeByChannelSql(engine: DatabaseEngine, period: Period): Statement {
  const month = monthOf(engine, 't.opened_at');
  return {
    sql: `select ${month} as month, c.key as channel_key, count(t.id) as n
     from beneficiary_transaction t join channel c on c.id = t.channel_id
     where t.opened_at >= ? and t.opened_at < ?
     group by ${month}, c.key order by 1, 2`,
    params: [at(engine, period.from), at(engine, period.to)],
  };
}

/** Transactions opened per month and channel within the period. */
export async function volumeByChannel(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
): Promise<{ month: string; channelKey: string; count: number }[]> {
  return (await run(em, volumeByChannelSql(engine, period))).map((r) => ({
    month: String(r.month),
    channelKey: String(r.channel_key),
    count: num(r.n),
  }));
}

export function committeeComplianceSql(engine: DatabaseEngine, period: Period): Statement {
  const month = monthOf(engine, 'e.at');
  return {
    sql: `select ${month} as month, count(e.id) as decisions,
       sum(case when ${lateDecisionSql('e')} then 0 else 1 end) as on_time
     from transaction_event e
     where e.kind in ('APPROVED', 'REJECTED') and e.at >= ? and e.at < ?
     group by ${month} order by 1`,
    params: [at(engine, period.from), at(engine, period.to)],
  };
}

/**
 * Committee decisions per month of the decision, and how many came within the window: every
 * month of the period, none where there were none.
 */
export async function committeeCompliance(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
): Promise<{ month: string; decisions: number; onTime: number }[]> {
  const rows = (await run(em, committeeComplianceSql(engine, period))).map((r) => ({
    month: String(r.month),
    decisions: num(r.decisions),
    onTime: num(r.on_time),
  }));
  return everyMonth(period, rows, (month) => ({ month, decisions: 0, onTime: 0 }));
}

export function topReferralReasonsSql(
  engine: DatabaseEngine,
  period: Period,
  limit = 5,
): Statement {
  const reason =
    engine === 'sqlite' ? `json_extract(e.data, '$.reason')` : `(e.data::json ->> 'reason')`;
  return {
    sql: `select ${reason} as reason_key, count(e.id) as n from transaction_event e
     where e.kind = 'REFERRED' and e.at >= ? and e.at < ?
     group by ${reason} order by count(e.id) desc, 1 limit ?`,
    params: [at(engine, period.from), at(engine, period.to), limit],
  };
}

/** The referral reasons given most often in the period: where procedures are unclear. */
export async function topReferralReasons(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
  limit = 5,
): Promise<{ reasonKey: string; count: number }[]> {
  return (await run(em, topReferralReasonsSql(engine, period, limit))).map((r) => ({
    reasonKey: String(r.reason_key),
    count: num(r.n),
  }));
}

export const followUpSql = (now: Date): Statement => ({
  sql: `select
       (select count(*) from feedback_item where status <> 'CLOSED') as open_feedback,
       (select count(*) from improvement_action where status = 'OPEN') as open_actions,
       (select count(*) from library_document where review_by < ?) as past_review`,
  params: [today(now)],
});

export interface FollowUp {
  openFeedback: number;
  openImprovementActions: number;
  libraryDocumentsPastReview: number;
}

/**
 * Follow-up waiting: suggestions and complaints not closed, improvement actions open, library
 * documents past their review date.
 */
export async function followUp(em: EntityManager, now = new Date()): Promise<FollowUp> {
  const [row] = await run(em, followUpSql(now));
  return {
    openFeedback: num(row?.open_feedback),
    openImprovementActions: num(row?.open_actions),
    libraryDocumentsPastReview: num(row?.past_review),
  };
}

/** Stays are ranked in buckets of six minutes: exact to well within the 0.1 day shown. */
const BUCKET_MS = 360_000;

export function stepDurationsSql(engine: DatabaseEngine, period: Period): Statement {
  const bucket = engine === 'sqlite' ? `st.ms / ${BUCKET_MS}` : `floor(st.ms / ${BUCKET_MS})`;
  return {
    sql: `with stays as (
       select step_id, transaction_id, ${stepStayMsSql()} as ms from transaction_event
       where at >= ? and at < ? and gap_seconds is not null group by step_id, transaction_id
     ), hist as (
       select s.key as step_key, min(s.position) as position, ${bucket} as b, count(*) as c
       from stays st join handling_step s on s.id = st.step_id group by s.key, ${bucket}
     ), cum as (
       select step_key, position, b,
              cast(sum(c) over (partition by step_key order by b) as bigint) as upto,
              cast(sum(c) over (partition by step_key) as bigint) as n
       from hist
     )
     select step_key, min(position) as position, min(n) as n,
            min(case when upto >= (n + 1) / 2 then b end) * ${BUCKET_MS} as median_ms,
            min(case when upto >= (9 * n + 9) / 10 then b end) * ${BUCKET_MS} as p90_ms
     from cum group by step_key order by min(position)`,
    params: [at(engine, period.from), at(engine, period.to)],
  };
}

/**
 * Days spent at each step, over the transactions that left a step in the period: each event's
 * gap (the time since the transaction's previous event, written with the event) is time spent at
 * its step, summed per transaction and step (a step visited twice counts both stays); then the
 * median and 90th percentile by nearest rank, in SQL, over a histogram of six-minute buckets per
 * step (cumulative counts) rather than by sorting every stay. The events of the period are read
 * from one covering index.
 */
export async function stepDurations(
  em: EntityManager,
  engine: DatabaseEngine,
  period: Period,
): Promise<
  { stepKey: string; position: number; transactions: number; medianDays: number; p90Days: number }[]
> {
  return (await run(em, stepDurationsSql(engine, period))).map((r) => ({
    stepKey: String(r.step_key),
    position: num(r.position),
    transactions: num(r.n),
    medianDays: msToDays(r.median_ms) ?? 0,
    p90Days: msToDays(r.p90_ms) ?? 0,
  }));
}

export function satisfactionSql(period: Period): Statement {
  const current = riyadhDays(period);
  const previous = riyadhDays(previousPeriod(period));
  const { sql, params } = filterSql({ from: previous.first, to: current.last });
  return {
    sql: `select case when i.issued_day >= ? then 'current' else 'previous' end as which,
       ${MEASURES} ${sql} group by 1`,
    params: [current.first, ...params],
  };
}

/**
 * Satisfaction in the period and in the period of the same length just before it, in one
 * statement over the invitations issued in either (by Riyadh day).
 */
export async function satisfaction(
  em: EntityManager,
  period: Period,
): Promise<{ current: Figures; previous: Figures }> {
  const rows = await run(em, satisfactionSql(period));
  const of = (which: string) => figuresOf(sumsOf(rows.find((r) => r.which === which) ?? {}));
  return { current: of('current'), previous: of('previous') };
}

export function satisfactionTrendSql(period: Period): Statement {
  const days = riyadhDays(period);
  const { sql, params } = filterSql({ from: days.first, to: days.last });
  return {
    sql: `select i.issued_month as month, ${MEASURES} ${sql} group by i.issued_month order by 1`,
    params,
  };
}

/** Satisfaction per Riyadh month of the period: every month, with no links where none. */
export async function satisfactionTrend(
  em: EntityManager,
  period: Period,
): Promise<{ month: string; figures: Figures }[]> {
  const rows = (await run(em, satisfactionTrendSql(period))).map((r) => ({
    month: String(r.month),
    figures: figuresOf(sumsOf(r)),
  }));
  return everyMonth(period, rows, (month) => ({ month, figures: figuresOf(sumsOf({})) }));
}

/**
 * Every statement behind each dashboard field, by field name: what `pnpm bench` runs directly
 * next to the same field through GraphQL.
 */
export function dashboardStatements(
  engine: DatabaseEngine,
  period: Period,
  now: Date,
): Record<string, Statement[]> {
  const trend = trendPeriod(period);
  return {
    workload: [workloadSql(engine, now)],
    funnel: [funnelSql()],
    followUp: [followUpSql(now)],
    volumeByChannel: [volumeByChannelSql(engine, trend)],
    committeeCompliance: [committeeComplianceSql(engine, trend)],
    topReferralReasons: [topReferralReasonsSql(engine, period)],
    stepDurations: [stepDurationsSql(engine, period)],
    satisfaction: [satisfactionSql(period)],
    satisfactionTrend: [satisfactionTrendSql(trend)],
  };
}
