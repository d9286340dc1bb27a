import type { EntityManager } from '@mikro-orm/core';
import { badInput } from '../common/errors.js';
import { parseIsoDate } from '../common/hijri.js';
import { User } from '../accounts/user.entity.js';
import { LocalizedText, text } from '../common/localized-text.js';
import { Channel } from '../policy/channel.entity.js';
import type { SurveyMode } from '../satisfaction/survey.enums.js';
import { HANDLING_BUCKETS } from '../common/periods.js';
import { num, percent, round } from '../common/figures.js';
import { readAll } from '../../db/read-pool.js';
import { OVERALL_SCORES, RECOMMEND_SCORES } from './rollups.js';

/**
 * Satisfaction figures, each one aggregate statement over survey invitations left-joined to
 * their answers. Numerator and denominator always come from the same filtered rows: the
 * invitations issued in the period (a re-issued link replaces the earlier one, so each closed
 * transaction counts once) and, among them, those answered.
 */

export interface SatisfactionFilterData {
  /** First day, YYYY-MM-DD (Riyadh time), inclusive. */
  from?: string | null;
  /** Last day, YYYY-MM-DD, inclusive. */
  to?: string | null;
  channelKey?: string | null;
  transactionType?: string | null;
  policyVersion?: number | null;
  /** Count only answers given this way (invitations are counted whatever the mode). */
  mode?: SurveyMode | null;
}

export const DIMENSIONS = {
  CHANNEL: 'i.channel_key',
  TRANSACTION_TYPE: 'i.transaction_type',
  POLICY_VERSION: 'i.policy_version_number',
  HANDLING_TIME: 'i.handling_bucket',
  DAY: 'i.issued_day',
  WEEK: 'i.issued_week',
  MONTH: 'i.issued_month',
  HIJRI_MONTH: 'i.issued_hijri_month',
  OFFICER: 'i.officer_id',
} as const;
export type Dimension = keyof typeof DIMENSIONS;
/** The dimensions by name (a GraphQL enum's values are these names, not the columns). */
export const Dimension = Object.fromEntries(Object.keys(DIMENSIONS).map((k) => [k, k])) as {
  [K in Dimension]: K;
};

/** Per-officer figures are shown only for groups of at least this many answers. */
export const MIN_GROUP = 5;

/**
 * Per-officer figures leave out the links an officer issued on request for a transaction they
 * are rated on, and answers they recorded for it themselves (survey.service flags both): the
 * officer could have answered those as the beneficiary.
 */
export const NOT_SELF_RATED =
  'i.issued_by_officer = false and coalesce(r.self_rated, false) = false';

export interface Figures {
  invitations: number;
  responses: number;
  /** Percent of invitations answered. */
  responseRate: number | null;
  /** Percent of answers with overall 4 or 5. */
  csat: number | null;
  /** Percent promoters (9–10) minus percent detractors (0–6). */
  nps: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  meanOverall: number | null;
  meanCourtesy: number | null;
  meanClarity: number | null;
  meanSpeed: number | null;
  meanRecommend: number | null;
}

interface Sums {
  invitations: number;
  responses: number;
  satisfied: number;
  promoters: number;
  detractors: number;
  sumOverall: number;
  sumCourtesy: number;
  sumClarity: number;
  sumSpeed: number;
  sumRecommend: number;
}

export const MEASURES = `count(i.id) as invitations, count(r.id) as responses,
  sum(case when r.overall >= 4 then 1 else 0 end) as satisfied,
  sum(case when r.recommend >= 9 then 1 else 0 end) as promoters,
  sum(case when r.recommend <= 6 then 1 else 0 end) as detractors,
  sum(r.overall) as sum_overall, sum(r.courtesy) as sum_courtesy, sum(r.clarity) as sum_clarity,
  sum(r.speed) as sum_speed, sum(r.recommend) as sum_recommend`;

const mean = (sum: number, n: number) => (n ? round(sum / n, 2) : null);

export function figuresOf(s: Sums): Figures {
  const n = s.responses;
  return {
    invitations: s.invitations,
    responses: n,
    responseRate: percent(n, s.invitations),
    csat: percent(s.satisfied, n),
    nps: n ? round((100 * (s.promoters - s.detractors)) / n) : null,
    promoters: s.promoters,
    passives: n - s.promoters - s.detractors,
    detractors: s.detractors,
    meanOverall: mean(s.sumOverall, n),
    meanCourtesy: mean(s.sumCourtesy, n),
    meanClarity: mean(s.sumClarity, n),
    meanSpeed: mean(s.sumSpeed, n),
    meanRecommend: mean(s.sumRecommend, n),
  };
}

/** A dimension's column as ORDER BY wants it: handling-time buckets by length, not by name. */
export function orderOf(by: Dimension, column: string = DIMENSIONS[by]): string {
  if (by !== 'HANDLING_TIME') return column;
  const cases = HANDLING_BUCKETS.map((b, i) => `when '${b.key}' then ${i}`).join(' ');
  return `case ${column} ${cases} end`;
}
export function sumsOf(row: Record<string, unknown>): Sums {
  return {
    invitations: num(row.invitations),
    responses: num(row.responses),
    satisfied: num(row.satisfied),
    promoters: num(row.promoters),
    detractors: num(row.detractors),
    sumOverall: num(row.sum_overall),
    sumCourtesy: num(row.sum_courtesy),
    sumClarity: num(row.sum_clarity),
    sumSpeed: num(row.sum_speed),
    sumRecommend: num(row.sum_recommend),
  };
}

/** How many answers gave each score (overall 1–5, recommend 0–10, every score listed), from a
 * row's o<score> and r<score> columns. */
export function distributionsOf(row: Record<string, unknown> | undefined): {
  overall: { score: number; count: number }[];
  recommend: { score: number; count: number }[];
} {
  return {
    overall: OVERALL_SCORES.map((score) => ({ score, count: num(row?.[`o${score}`]) })),
    recommend: RECOMMEND_SCORES.map((score) => ({ score, count: num(row?.[`r${score}`]) })),
  };
}

const addSums = (a: Sums, b: Sums): Sums =>
  Object.fromEntries(
    Object.keys(a).map((k) => [k, a[k as keyof Sums] + b[k as keyof Sums]]),
  ) as unknown as Sums;

/** The filter's days, YYYY-MM-DD, or BAD_USER_INPUT on the field. */
export function checkFilterDays(f: SatisfactionFilterData): void {
  for (const [field, value] of [
    ['from', f.from],
    ['to', f.to],
  ] as const) {
    if (value != null && !parseIsoDate(value))
      throw badInput('Give the date as YYYY-MM-DD.', field);
  }
}

/**
 * FROM … WHERE for the filter, with its parameters (every condition on an indexed column first).
 * `answered`: the answers only (the comments), read from the answers to their links, so that a
 * search that found some answers (by the comments' index) does not walk every link first.
 */
export function filterSql(
  f: SatisfactionFilterData,
  { answered = false }: { answered?: boolean } = {},
): { sql: string; params: unknown[] } {
  const where = ['i.revoked_at is null'];
  const params: unknown[] = [];
  const join: unknown[] = [];
  checkFilterDays(f);
  if (f.from) {
    where.push('i.issued_day >= ?');
    params.push(f.from);
  }
  if (f.to) {
    where.push('i.issued_day <= ?');
    params.push(f.to);
  }
  if (f.channelKey) {
    where.push('i.channel_key = ?');
    params.push(f.channelKey);
  }
  if (f.transactionType) {
    where.push('i.transaction_type = ?');
    params.push(f.transactionType);
  }
  if (f.policyVersion != null) {
    where.push('i.policy_version_number = ?');
    params.push(f.policyVersion);
  }
  let on = 'r.invitation_id = i.id';
  if (f.mode) {
    on += ' and r.mode = ?';
    join.push(f.mode);
  }
  const from = answered
    ? `survey_response r join survey_invitation i on ${on}`
    : `survey_invitation i left join survey_response r on ${on}`;
  return {
    sql: `from ${from} where ${where.join(' and ')}`,
    params: [...join, ...params],
  };
}

export interface Group {
  key: string;
  figures: Figures;
}

/**
 * The figures grouped by one dimension, in key order. By officer: groups with fewer than
 * MIN_GROUP answers are merged into one group keyed OTHER (itself shown whatever its size).
 */
export async function groups(
  em: EntityManager,
  f: SatisfactionFilterData,
  by: Dimension,
): Promise<Group[]> {
  const column = DIMENSIONS[by];
  const base = filterSql(f);
  const { params } = base;
  const sql = by === 'OFFICER' ? `${base.sql} and ${NOT_SELF_RATED}` : base.sql;
  const rows = await readAll(
    em,
    `select ${column} as group_key, ${MEASURES} ${sql} group by ${column} order by ${orderOf(by)}`,
    params,
  );
  const all = rows.map((row) => ({
    key: row.group_key == null ? 'NONE' : String(row.group_key),
    sums: sumsOf(row),
  }));
  if (by !== 'OFFICER') return all.map((g) => ({ key: g.key, figures: figuresOf(g.sums) }));
  const shown = all.filter((g) => g.key !== 'NONE' && g.sums.responses >= MIN_GROUP);
  const merged = all.filter((g) => !shown.includes(g));
  const result = shown.map((g) => ({ key: g.key, figures: figuresOf(g.sums) }));
  if (merged.length) {
    result.push({ key: 'OTHER', figures: figuresOf(merged.map((g) => g.sums).reduce(addSums)) });
  }
  return result;
}

/** Names for channel and officer groups (two batched reads at most); other groups have none. */
export async function labelGroups(
  em: EntityManager,
  by: Dimension | null,
  groups: Group[],
): Promise<(Group & { label: LocalizedText | null })[]> {
  const labels = new Map<string, LocalizedText>();
  if (by === 'CHANNEL') {
    const channels = await em.find(
      Channel,
      { key: { $in: groups.map((g) => g.key) } },
      { orderBy: { id: 'asc' } },
    );
    for (const c of channels) labels.set(c.key, c.name); // the latest version's name wins
  }
  if (by === 'OFFICER') {
    const ids = groups.map((g) => Number(g.key)).filter(Number.isInteger);
    for (const u of await em.find(User, { id: { $in: ids } })) {
      labels.set(String(u.id), text({ ar: u.displayName, en: u.displayName }));
    }
  }
  return groups.map((g) => ({ ...g, label: labels.get(g.key) ?? null }));
}
