import type { EntityManager } from '@mikro-orm/core';
import { badInput } from '../common/errors.js';
import { parseIsoDate } from '../common/hijri.js';
import {
  checkFilterDays,
  DIMENSIONS as SATISFACTION_COLUMNS,
  distributionsOf,
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
import { bucketMsSql, SATISFACTION_SUMS } from './rollups.js';

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
 * percentile by nearest rank, over the closed ones) and committee-window compliance. One
 * statement over rollup_transaction_day (rollups.ts): the transactions opened each Riyadh day by
 * channel, type, policy version, current step, status and days-to-close bucket (a tenth of a day
 * up to ten days, whole days above: a median is its bucket's lower bound), so its cost follows
 * the days and groups asked for, not the number of transactions.
 */
export async function transactionStats(
  em: EntityManager,
  filter: TransactionStatsFilter,
  groupBy: readonly TransactionDimension[],
): Promise<{ key: StatsKey; measures: TransactionMeasures }[]> {
  const by = checkDimensions(groupBy);
  checkDays(filter.from, filter.to);
  const columns: Record<TransactionDimension, string> = {
    CHANNEL: 'c.key',
    STEP: 's.key',
    STATUS: 'r.status',
    TYPE: 'r.type',
    DAY: 'r.day',
    WEEK: 'cd.week',
    MONTH: 'substr(r.day, 1, 7)',
    HIJRI_MONTH: 'cd.hijri_month',
    POLICY_VERSION: 'pv.number',
  };
  const where: string[] = [];
  const params: unknown[] = [];
  const condition = (sql: string, ...values: unknown[]) => {
    where.push(sql);
    params.push(...values);
  };
  if (filter.from) condition('r.day >= ?', filter.from);
  if (filter.to) condition('r.day <= ?', filter.to);
  if (filter.channelKey) condition('c.key = ?', filter.channelKey);
  if (filter.type) condition('r.type = ?', filter.type);
  if (filter.stepKey) condition('s.key = ?', filter.stepKey);
  if (filter.status?.length) {
    condition(`r.status in (${filter.status.map(() => '?').join(', ')})`, ...filter.status);
  }
  if (filter.policyVersion != null) condition('pv.number = ?', filter.policyVersion);
  const needs = (alias: string) =>
    by.some((d) => columns[d].startsWith(`${alias}.`)) ||
    where.some((w) => w.startsWith(`${alias}.`));
  const joins = [
    needs('c') ? 'join channel c on c.id = r.channel_id' : '',
    needs('s') ? 'join handling_step s on s.id = r.step_id' : '',
    needs('pv') ? 'join policy_version pv on pv.id = r.policy_version_id' : '',
    needs('cd') ? 'join calendar_day cd on cd.day = r.day' : '',
  ].filter(Boolean);
  const dims = by.map((d, i) => `${columns[d]} as d${i}`);
  const dimNames = by.map((_, i) => `d${i}`);
  const partition = dimNames.length ? `partition by ${dimNames.join(', ')}` : '';
  const closed = 'case when b >= 0 then c else 0 end';
  // Per group and bucket, then the closed ones' running count over the buckets in order: the
  // median is the first bucket where it reaches half of them (nearest rank), as raw rows ranked.
  const sql = `with cells as (
      select ${[...dims, 'r.close_bucket as b', 'sum(r.n) as c', `sum(case when r.status <> 'CLOSED' then r.n else 0 end) as open_c`, 'sum(r.decisions) as decisions', 'sum(r.on_time) as on_time'].join(', ')}
      from rollup_transaction_day r ${joins.join(' ')}
      ${where.length ? `where ${where.join(' and ')}` : ''}
      group by ${[...dimNames, 'r.close_bucket'].join(', ')}
    ), ranked as (
      select cells.*,
        cast(sum(${closed}) over (${partition} order by b) as bigint) as upto,
        cast(sum(${closed}) over (${partition}) as bigint) as nc
      from cells
    )
    select ${[...dimNames, 'sum(c) as n', 'sum(open_c) as open', 'max(nc) as closed', `${bucketMsSql('min(case when b >= 0 and upto >= (nc + 1) / 2 then b end)')} as median_ms`, `${bucketMsSql('min(case when b >= 0 and upto >= (9 * nc + 9) / 10 then b end)')} as p90_ms`, 'sum(decisions) as decisions', 'sum(on_time) as on_time'].join(', ')}
    from ranked
    ${dimNames.length ? `group by ${dimNames.join(', ')} order by ${dimNames.join(', ')}` : ''}`;
  return transactionRows(by, await readAll(em, sql, params));
}

/**
 * A transaction statistics statement's rows as groups: each `d<i>` column the value of the
 * i-th dimension, then the measures (n, open, closed, median_ms, p90_ms, decisions, on_time).
 */
export function transactionRows(
  by: readonly TransactionDimension[],
  rows: Record<string, unknown>[],
): { key: StatsKey; measures: TransactionMeasures }[] {
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
 * copied when issued). Read from rollup_satisfaction_day (rollups.ts: the links of each Riyadh
 * day by channel, type, policy version and handling time, their answers by mode), except per
 * OFFICER, which reads the links themselves: there, groups under MIN_GROUP answers are merged
 * into OTHER, and the links and answers the officer could have given themselves are left out.
 */
export async function satisfactionStats(
  em: EntityManager,
  filter: SatisfactionFilterData,
  groupBy: readonly SatisfactionDimension[],
): Promise<{ key: StatsKey; figures: Figures }[]> {
  const by = checkDimensions(groupBy);
  checkDays(filter.from, filter.to);
  const perDay = (d: SatisfactionDimension[]): d is Exclude<SatisfactionDimension, 'OFFICER'>[] =>
    !d.includes('OFFICER');
  const rows = perDay(by)
    ? await satisfactionRollupRows(em, filter, by)
    : await satisfactionRows(em, filter, by);
  return satisfactionGroups(by, rows);
}

/**
 * satisfactionReport's totals: the figures, and how many answers gave each score (overall 1–5,
 * recommend 0–10, every score listed), summed from rollup_satisfaction_day like the statistics.
 */
export async function satisfactionTotals(
  em: EntityManager,
  filter: SatisfactionFilterData,
): Promise<{
  figures: Figures;
  overall: { score: number; count: number }[];
  recommend: { score: number; count: number }[];
}> {
  checkFilterDays(filter);
  const [row] = await satisfactionRollupRows(em, filter, []);
  return { figures: figuresOf(sumsOf(row ?? {})), ...distributionsOf(row) };
}

/** The rollup's column (alias r, calendar cd) for each dimension but the officer. */
const ROLLUP_COLUMNS: Record<Exclude<SatisfactionDimension, 'OFFICER'>, string> = {
  CHANNEL: 'r.channel_key',
  TRANSACTION_TYPE: 'r.transaction_type',
  POLICY_VERSION: 'r.policy_version_number',
  HANDLING_TIME: 'r.handling_bucket',
  DAY: 'r.day',
  WEEK: 'cd.week',
  MONTH: 'substr(r.day, 1, 7)',
  HIJRI_MONTH: 'cd.hijri_month',
};

async function satisfactionRollupRows(
  em: EntityManager,
  filter: SatisfactionFilterData,
  by: Exclude<SatisfactionDimension, 'OFFICER'>[],
): Promise<Record<string, unknown>[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const condition = (sql: string, value: unknown) => {
    where.push(sql);
    params.push(value);
  };
  if (filter.from) condition('r.day >= ?', filter.from);
  if (filter.to) condition('r.day <= ?', filter.to);
  if (filter.channelKey) condition('r.channel_key = ?', filter.channelKey);
  if (filter.transactionType) condition('r.transaction_type = ?', filter.transactionType);
  if (filter.policyVersion != null) condition('r.policy_version_number = ?', filter.policyVersion);
  // With a mode, every link counts but only the answers given that way. A cell whose links all
  // moved away (revoked, or their facts corrected) is left at zero: its group is not shown.
  const measures = SATISFACTION_SUMS.map((c) =>
    c === 'invitations' || !filter.mode
      ? `sum(r.${c}) as ${c}`
      : `sum(case when r.mode = ? then r.${c} else 0 end) as ${c}`,
  );
  const modeParams = filter.mode ? SATISFACTION_SUMS.slice(1).map(() => filter.mode) : [];
  const cols = by.map((d) => ROLLUP_COLUMNS[d]);
  const calendar = cols.some((c) => c.startsWith('cd.'))
    ? 'join calendar_day cd on cd.day = r.day'
    : '';
  return readAll(
    em,
    `select ${[...cols.map((c, i) => `${c} as d${i}`), ...measures].join(', ')}
     from rollup_satisfaction_day r ${calendar}
     ${where.length ? `where ${where.join(' and ')}` : ''}
     ${cols.length ? `group by ${cols.join(', ')} having sum(r.invitations) > 0 order by ${by.map((d, i) => orderOf(d, cols[i])).join(', ')}` : ''}`,
    [...modeParams, ...params],
  );
}

/**
 * The satisfaction statistics' statement over the survey links themselves (and their answers):
 * what the officer's figures read, and the reference the rollup is tested against.
 */
export async function satisfactionRows(
  em: EntityManager,
  filter: SatisfactionFilterData,
  by: SatisfactionDimension[],
): Promise<Record<string, unknown>[]> {
  const base = filterSql(filter);
  const { params } = base;
  // Per officer, without the links and answers the officer could have given themselves.
  const sql = by.includes('OFFICER') ? `${base.sql} and ${NOT_SELF_RATED}` : base.sql;
  const cols = by.map((d) => SATISFACTION_COLUMNS[d]);
  const select = by.map((d, i) => `${SATISFACTION_COLUMNS[d]} as d${i}`);
  return readAll(
    em,
    `select ${[...select, MEASURES].join(', ')} ${sql}
     ${cols.length ? `group by ${cols.join(', ')} order by ${by.map((d) => orderOf(d)).join(', ')}` : ''}`,
    params,
  );
}

/** A satisfaction statement's rows as groups (d<i> the i-th dimension's value, then the sums). */
export function satisfactionGroups(
  by: SatisfactionDimension[],
  rows: Record<string, unknown>[],
): { key: StatsKey; figures: Figures }[] {
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
