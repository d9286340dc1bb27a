import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { badInput } from '../common/errors.js';
import { periodKeys, RIYADH_OFFSET_MS } from '../common/periods.js';
import { storedDate } from '../common/sql-dates.js';
import { today } from '../library/library.service.js';
import { figuresOf, sumsOf, type Figures } from './satisfaction-figures.service.js';
import { msToDays, num } from '../common/figures.js';
import { readAll } from '../../db/read-pool.js';
import { everyMonth, riyadhMonthStart, trendPeriod } from './trend-period.js';
import { TransactionStatus } from '../transactions/transaction.enums.js';
import { bucketMsSql, DECISION_KINDS, SATISFACTION_SUMS } from './rollups.js';

/**
 * The manager's dashboard figures, each one aggregate statement over the rollups kept per Riyadh
 * day (rollups.ts): a period's figure sums its days, whatever the number of transactions behind
 * them. Periods are [from, to) instants counted by whole Riyadh days (the day `from` falls in to
 * the day before `to`'s end); months are Riyadh-time. rollups.api.test.ts checks every figure
 * against the statements over the raw rows it replaced (rollups.reference.ts).
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

/** The statuses of a transaction not closed, as an SQL list. */
const OPEN_STATUSES = `(${Object.values(TransactionStatus)
  .filter((s) => s !== TransactionStatus.CLOSED)
  .map((s) => `'${s}'`)
  .join(', ')})`;

export const workloadSql = (engine: DatabaseEngine, now: Date): Statement => ({
  sql: `select sum(n) as open,
       sum(case when status = 'AWAITING_COMMITTEE' then n else 0 end) as awaiting,
       (select count(*) from beneficiary_transaction
         where status = 'AWAITING_COMMITTEE' and committee_due_at < ?) as overdue,
       sum(case when status = 'DEFERRED' then n else 0 end) as deferred,
       sum(case when status = 'REFERRED' then n else 0 end) as referred
     from rollup_transaction_day where status in ${OPEN_STATUSES}`,
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
  sql: `select s.key as step_key, min(s.position) as position, sum(r.n) as n
     from rollup_transaction_day r join handling_step s on s.id = r.step_id
     where r.status in ${OPEN_STATUSES} group by s.key order by min(s.position)`,
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

/** The Riyadh days of a period as statement parameters: first and last, inclusive. */
const dayParams = (period: Period) => {
  const { first, last } = riyadhDays(period);
  return [first, last];
};

export function volumeByChannelSql(period: Period): Statement {
  return {
    sql: `select substr(r.day, 1, 7) as month, c.key as channel_key, sum(r.n) as n
     from rollup_transaction_day r join channel c on c.id = r.channel_id
     where r.day >= ? and r.day <= ?
     group by substr(r.day, 1, 7), c.key order by 1, 2`,
    params: dayParams(period),
  };
}

/** Transactions opened per month and channel within the period. */
export async function volumeByChannel(
  em: EntityManager,
  period: Period,
): Promise<{ month: string; channelKey: string; count: number }[]> {
  return (await run(em, volumeByChannelSql(period))).map((r) => ({
    month: String(r.month),
    channelKey: String(r.channel_key),
    count: num(r.n),
  }));
}

export function committeeComplianceSql(period: Period): Statement {
  return {
    sql: `select substr(day, 1, 7) as month, sum(n) as decisions, sum(n - late) as on_time
     from rollup_event_day where kind in ${DECISION_KINDS} and day >= ? and day <= ?
     group by substr(day, 1, 7) order by 1`,
    params: dayParams(period),
  };
}

/**
 * Committee decisions per month of the decision, and how many came within the window: every
 * month of the period, none where there were none.
 */
export async function committeeCompliance(
  em: EntityManager,
  period: Period,
): Promise<{ month: string; decisions: number; onTime: number }[]> {
  const rows = (await run(em, committeeComplianceSql(period))).map((r) => ({
    month: String(r.month),
    decisions: num(r.decisions),
    onTime: num(r.on_time),
  }));
  return everyMonth(period, rows, (month) => ({ month, decisions: 0, onTime: 0 }));
}

export function topReferralReasonsSql(period: Period, limit = 5): Statement {
  return {
    sql: `select reason as reason_key, sum(n) as n from rollup_event_day
     where kind = 'REFERRED' and day >= ? and day <= ?
     group by reason order by sum(n) desc, 1 limit ?`,
    params: [...dayParams(period), limit],
  };
}

/** The referral reasons given most often in the period: where procedures are unclear. */
export async function topReferralReasons(
  em: EntityManager,
  period: Period,
  limit = 5,
): Promise<{ reasonKey: string; count: number }[]> {
  return (await run(em, topReferralReasonsSql(period, limit))).map((r) => ({
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

export function stepDurationsSql(period: Period): Statement {
  return {
    sql: `with hist as (
       select s.key as step_key, min(s.position) as position, r.bucket as b, sum(r.n) as c
       from rollup_stay_day r join handling_step s on s.id = r.step_id
       where r.day >= ? and r.day <= ? group by s.key, r.bucket
     ), cum as (
       select step_key, position, b,
              cast(sum(c) over (partition by step_key order by b) as bigint) as upto,
              cast(sum(c) over (partition by step_key) as bigint) as n
       from hist
     )
     select step_key, min(position) as position, min(n) as n,
            ${bucketMsSql('min(case when upto >= (n + 1) / 2 then b end)')} as median_ms,
            ${bucketMsSql('min(case when upto >= (9 * n + 9) / 10 then b end)')} as p90_ms
     from cum group by step_key order by min(position)`,
    params: dayParams(period),
  };
}

/**
 * Days spent at each step, over the stays that ended in the period: a transaction's stay at a
 * step is the time since its previous event summed over its events at the step (each event's
 * `gap_seconds`: a step visited twice counts both visits), counted on the Riyadh day it last left
 * the step; the median and 90th percentile by nearest rank over the stays' histogram
 * (rollup_stay_day; its buckets are a tenth of a day up to ten days, whole days above).
 */
export async function stepDurations(
  em: EntityManager,
  period: Period,
): Promise<
  { stepKey: string; position: number; transactions: number; medianDays: number; p90Days: number }[]
> {
  return (await run(em, stepDurationsSql(period))).map((r) => ({
    stepKey: String(r.step_key),
    position: num(r.position),
    transactions: num(r.n),
    medianDays: msToDays(r.median_ms) ?? 0,
    p90Days: msToDays(r.p90_ms) ?? 0,
  }));
}

/** The satisfaction measures (as satisfaction-figures' MEASURES names them) summed over days. */
const ROLLUP_MEASURES = SATISFACTION_SUMS.map((c) => `sum(${c}) as ${c}`).join(', ');

export function satisfactionSql(period: Period): Statement {
  const current = riyadhDays(period);
  const previous = riyadhDays(previousPeriod(period));
  return {
    sql: `select case when day >= ? then 'current' else 'previous' end as which,
       ${ROLLUP_MEASURES} from rollup_satisfaction_day where day >= ? and day <= ? group by 1`,
    params: [current.first, previous.first, current.last],
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
  return {
    sql: `select substr(day, 1, 7) as month, ${ROLLUP_MEASURES} from rollup_satisfaction_day
     where day >= ? and day <= ? group by substr(day, 1, 7) order by 1`,
    params: dayParams(period),
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
    volumeByChannel: [volumeByChannelSql(trend)],
    committeeCompliance: [committeeComplianceSql(trend)],
    topReferralReasons: [topReferralReasonsSql(period)],
    stepDurations: [stepDurationsSql(period)],
    satisfaction: [satisfactionSql(period)],
    satisfactionTrend: [satisfactionTrendSql(trend)],
  };
}
