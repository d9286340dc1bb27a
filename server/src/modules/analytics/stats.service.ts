import type { EntityManager } from '@mikro-orm/core';
import type { DatabaseEngine } from '../../config.js';
import { badInput } from '../common/errors.js';
import { parseIsoDate } from '../common/hijri.js';
import { riyadhMidnight } from '../common/periods.js';
import { dayOf, msBetween, storedDate } from '../common/sql-dates.js';
import {
  DIMENSIONS as SATISFACTION_COLUMNS,
  figuresOf,
  filterSql,
  MEASURES,
  MIN_GROUP,
  NOT_SELF_RATED,
  orderOf,
  sumsOf,
  type Dimension as SatisfactionDimension,
  type Figures,
  type SatisfactionFilterData,
} from './satisfaction-figures.service.js';
import { msToDays, num, percent } from '../common/figures.js';
import { readAll } from '../../db/read-pool.js';
import { lateDecisionSql } from '../transactions/transaction-facts.js';

/**
 * Statistics for analysts: counts and timings of transactions, and satisfaction figures, grouped
 * by up to three dimensions, each result one SQL statement. Nothing here reads personal data:
 * the rows are transactions and survey links, the groups are keys.
 */

/** At most this many group-by dimensions per query. */
export const MAX_DIMENSIONS = 3;

export const TRANSACTION_DIMENSIONS = [
  'CHANNEL',
  'STEP',
  'STATUS',
  'TYPE',
  'DAY',
  'WEEK',
  'MONTH',
  'HIJRI_MONTH',
  'POLICY_VERSION',
] as const;
export type TransactionDimension = (typeof TRANSACTION_DIMENSIONS)[number];

export interface TransactionStatsFilter {
  /** First day opened (Riyadh), YYYY-MM-DD, inclusive. */
  from?: string | null;
  /** Last day opened, inclusive. */
  to?: string | null;
  channelKey?: string | null;
  type?: string | null;
  stepKey?: string | null;
  status?: string[] | null;
  policyVersion?: number | null;
}

/** The key of one group: the value of each dimension asked for (the others stay null). */
export interface StatsKey {
  channel?: string | null;
  step?: string | null;
  status?: string | null;
  type?: string | null;
  day?: string | null;
  week?: string | null;
  month?: string | null;
  hijriMonth?: string | null;
  policyVersion?: number | null;
  handlingTime?: string | null;
  officer?: string | null;
}

export interface TransactionMeasures {
  count: number;
  open: number;
  closed: number;
  medianDaysToClose: number | null;
  p90DaysToClose: number | null;
  committeeDecisions: number;
  committeeOnTime: number;
  /** Percent of decisions within the committee window. */
  committeeCompliance: number | null;
}

const KEY_FIELD: Record<TransactionDimension | SatisfactionDimension, keyof StatsKey> = {
  CHANNEL: 'channel',
  STEP: 'step',
  STATUS: 'status',
  TYPE: 'type',
  TRANSACTION_TYPE: 'type',
  DAY: 'day',
  WEEK: 'week',
  MONTH: 'month',
  HIJRI_MONTH: 'hijriMonth',
  POLICY_VERSION: 'policyVersion',
  HANDLING_TIME: 'handlingTime',
  OFFICER: 'officer',
};

function checkDimensions<T extends string>(by: readonly T[]): T[] {
  const unique = [...new Set(by)];
  if (unique.length !== by.length) throw badInput('Give each dimension once.', 'groupBy');
  if (unique.length > MAX_DIMENSIONS) {
    throw badInput(`Group by at most ${MAX_DIMENSIONS} dimensions.`, 'groupBy');
  }
  return unique;
}

function checkDays(from?: string | null, to?: string | null) {
  for (const [field, value] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (value != null && !parseIsoDate(value))
      throw badInput('Give the date as YYYY-MM-DD.', field);
  }
  if (from && to && from > to) throw badInput('The period must not end before it starts.', 'to');
}

/**
 * Transactions by opening date: counts, days from opening to closing (median and 90th
 * percentile by nearest rank, over the closed ones) and committee-window compliance.
 */
export async function transactionStats(
  em: EntityManager,
  engine: DatabaseEngine,
  filter: TransactionStatsFilter,
  groupBy: readonly TransactionDimension[],
): Promise<{ key: StatsKey; measures: TransactionMeasures }[]> {
  const by = checkDimensions(groupBy);
  checkDays(filter.from, filter.to);
  const day = dayOf(engine, 't.opened_at');
  const columns: Record<TransactionDimension, string> = {
    CHANNEL: 'c.key',
    STEP: 's.key',
    STATUS: 't.status',
    TYPE: 't.type',
    DAY: day,
    WEEK: 'cd.week',
    MONTH: 'cd.month',
    HIJRI_MONTH: 'cd.hijri_month',
    POLICY_VERSION: 'pv.number',
  };
  const where: string[] = [];
  const params: unknown[] = [];
  if (filter.from) {
    where.push('t.opened_at >= ?');
    params.push(storedDate(engine, riyadhMidnight(filter.from)));
  }
  if (filter.to) {
    where.push('t.opened_at < ?');
    params.push(storedDate(engine, new Date(riyadhMidnight(filter.to).getTime() + 86_400_000)));
  }
  if (filter.channelKey) {
    where.push('c.key = ?');
    params.push(filter.channelKey);
  }
  if (filter.type) {
    where.push('t.type = ?');
    params.push(filter.type);
  }
  if (filter.stepKey) {
    where.push('s.key = ?');
    params.push(filter.stepKey);
  }
  if (filter.status?.length) {
    where.push(`t.status in (${filter.status.map(() => '?').join(', ')})`);
    params.push(...filter.status);
  }
  if (filter.policyVersion != null) {
    where.push('pv.number = ?');
    params.push(filter.policyVersion);
  }
  const needs = (alias: string) =>
    by.some((d) => columns[d].startsWith(`${alias}.`)) ||
    where.some((w) => w.startsWith(`${alias}.`));
  const joins = [
    needs('c') ? 'join channel c on c.id = t.channel_id' : '',
    needs('s') ? 'join handling_step s on s.id = t.current_step_id' : '',
    needs('pv') ? 'join policy_version pv on pv.id = t.policy_version_id' : '',
    needs('cd') ? `join calendar_day cd on cd.day = ${day}` : '',
    `left join transaction_event de on de.transaction_id = t.id and de.kind in ('APPROVED', 'REJECTED')`,
  ].filter(Boolean);
  const dims = by.map((d, i) => `${columns[d]} as d${i}`);
  const dimNames = by.map((_, i) => `d${i}`);
  const partition = dimNames.length ? `partition by ${dimNames.join(', ')}` : '';
  const closeMs = msBetween(engine, 't.closed_at', 't.opened_at');
  const sql = `with base as (
      select ${[...dims, 't.status', `case when t.closed_at is not null then ${closeMs} end as close_ms`, 'de.id as decision_id', `case when ${lateDecisionSql('de')} then 1 else 0 end as late`].join(', ')}
      from beneficiary_transaction t ${joins.join(' ')}
      ${where.length ? `where ${where.join(' and ')}` : ''}
    ), ranked as (
      select base.*,
        row_number() over (${partition} order by case when close_ms is null then 1 else 0 end, close_ms) as rn,
        count(close_ms) over (${partition}) as nc
      from base
    )
    select ${[...dimNames, 'count(*) as n', `sum(case when status <> 'CLOSED' then 1 else 0 end) as open`, 'count(close_ms) as closed', 'min(case when close_ms is not null and rn = (nc + 1) / 2 then close_ms end) as median_ms', 'min(case when close_ms is not null and rn = (9 * nc + 9) / 10 then close_ms end) as p90_ms', 'count(decision_id) as decisions', 'sum(case when decision_id is not null and late = 0 then 1 else 0 end) as on_time'].join(', ')}
    from ranked
    ${dimNames.length ? `group by ${dimNames.join(', ')} order by ${dimNames.join(', ')}` : ''}`;
  const rows = await readAll(em, sql, params);
  return rows
    .filter((r) => num(r.n) > 0)
    .map((r) => {
      const key: StatsKey = {};
      by.forEach((d, i) => {
        const v = r[`d${i}`];
        (key as Record<string, unknown>)[KEY_FIELD[d]] =
          v == null ? null : d === 'POLICY_VERSION' ? Number(v) : String(v);
      });
      const decisions = num(r.decisions);
      return {
        key,
        measures: {
          count: num(r.n),
          open: num(r.open),
          closed: num(r.closed),
          medianDaysToClose: msToDays(r.median_ms),
          p90DaysToClose: msToDays(r.p90_ms),
          committeeDecisions: decisions,
          committeeOnTime: num(r.on_time),
          committeeCompliance: percent(num(r.on_time), decisions),
        },
      };
    });
}

/**
 * Satisfaction figures grouped by up to three dimensions of the survey links (their facts were
 * copied when issued). With OFFICER, groups under MIN_GROUP answers are merged into OTHER.
 */
export async function satisfactionStats(
  em: EntityManager,
  filter: SatisfactionFilterData,
  groupBy: readonly SatisfactionDimension[],
): Promise<{ key: StatsKey; figures: Figures }[]> {
  const by = checkDimensions(groupBy);
  checkDays(filter.from, filter.to);
  const base = filterSql(filter);
  const { params } = base;
  // Per officer, without the links and answers the officer could have given themselves.
  const sql = by.includes('OFFICER') ? `${base.sql} and ${NOT_SELF_RATED}` : base.sql;
  const cols = by.map((d) => SATISFACTION_COLUMNS[d]);
  const select = by.map((d, i) => `${SATISFACTION_COLUMNS[d]} as d${i}`);
  const rows = await readAll(
    em,
    `select ${[...select, MEASURES].join(', ')} ${sql}
     ${cols.length ? `group by ${cols.join(', ')} order by ${by.map(orderOf).join(', ')}` : ''}`,
    params,
  );
  const officerAt = by.indexOf('OFFICER');
  const groups = new Map<string, { key: StatsKey; sums: ReturnType<typeof sumsOf> }>();
  for (const r of rows) {
    const sums = sumsOf(r);
    if (!by.length && sums.invitations === 0) continue;
    const values = by.map((d, i) => {
      const v = r[`d${i}`];
      if (i === officerAt && (v == null || sums.responses < MIN_GROUP)) return 'OTHER';
      return v == null ? null : d === 'POLICY_VERSION' ? Number(v) : String(v);
    });
    const id = JSON.stringify(values);
    const existing = groups.get(id);
    if (existing) {
      for (const k of Object.keys(sums) as (keyof typeof sums)[]) existing.sums[k] += sums[k];
    } else {
      const key: StatsKey = {};
      by.forEach((d, i) => ((key as Record<string, unknown>)[KEY_FIELD[d]] = values[i]));
      groups.set(id, { key, sums });
    }
  }
  return [...groups.values()].map((g) => ({ key: g.key, figures: figuresOf(g.sums) }));
}
