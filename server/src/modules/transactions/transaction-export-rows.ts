import type { EntityManager } from '@mikro-orm/core';
import { validate } from 'class-validator';
import {
  coerceInputValue,
  GraphQLInputObjectType,
  type GraphQLSchema,
  type GraphQLInputType,
} from 'graphql';
import { readAll } from '../../db/read-pool.js';
import type { CsvValue } from '../common/csv.js';
import { msToDays } from '../common/figures.js';
import { hijriOf } from '../common/hijri.js';
import { periodKeys, RIYADH_OFFSET_MS } from '../common/periods.js';
import { readDate } from '../common/sql-dates.js';
import type { Transaction } from './transaction.entity.js';
import { lateDecisionSql, stepStayMsSql } from './transaction-facts.js';

/**
 * The CSV export's rows (transaction-export.ts streams them): the query parameters read as the
 * GraphQL inputs they are, the labels and headers, and each batch's step times, committee
 * decisions and ratings, read in three statements over its ids.
 */

export type Lang = 'ar' | 'en';
type Row = Record<string, unknown>;

const HEADERS: Record<Lang, Record<string, string>> = {
  ar: {
    reference: 'المرجع',
    type: 'النوع',
    channel: 'القناة',
    status: 'الحالة',
    outcome: 'النتيجة',
    step: 'الخطوة الحالية',
    opened: 'تاريخ الفتح',
    openedHijri: 'تاريخ الفتح (هجري)',
    closed: 'تاريخ الإغلاق',
    daysToClose: 'أيام حتى الإغلاق',
    daysAt: 'أيام في: ',
    submitted: 'الرفع إلى اللجنة',
    due: 'موعد قرار اللجنة',
    decided: 'قرار اللجنة في',
    decision: 'قرار اللجنة',
    late: 'قرار متأخر',
    overall: 'الرضا العام (1–5)',
    recommend: 'التوصية (0–10)',
  },
  en: {
    reference: 'Reference',
    type: 'Type',
    channel: 'Channel',
    status: 'Status',
    outcome: 'Outcome',
    step: 'Current step',
    opened: 'Opened',
    openedHijri: 'Opened (Hijri)',
    closed: 'Closed',
    daysToClose: 'Days to close',
    daysAt: 'Days at: ',
    submitted: 'Submitted to committee',
    due: 'Committee due',
    decided: 'Committee decided',
    decision: 'Committee decision',
    late: 'Decided late',
    overall: 'Overall satisfaction (1–5)',
    recommend: 'Recommend (0–10)',
  },
};

export class ExportInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** A query parameter as the named GraphQL input type, validated like a GraphQL argument. */
export async function inputOf<T extends object>(
  schema: GraphQLSchema,
  raw: unknown,
  typeName: string,
  cls: new () => T,
  field: string,
): Promise<T | null> {
  if (raw == null || raw === '') return null;
  if (typeof raw !== 'string') throw new ExportInputError(`Give ${field} once.`, field);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new ExportInputError(`${field} must be JSON.`, field);
  }
  const type = schema.getType(typeName) as GraphQLInputType;
  if (!(type instanceof GraphQLInputObjectType)) throw new Error(`No input type ${typeName}`);
  const problems: string[] = [];
  const value = coerceInputValue(json, type, (path, _invalid, error) => {
    problems.push(`${[field, ...path].join('.')}: ${error.message}`);
  }) as object;
  if (problems.length) throw new ExportInputError(problems.join(' '), field);
  const instance = Object.assign(new cls(), value);
  const errors = await validate(instance, { forbidUnknownValues: false });
  if (errors.length) {
    throw new ExportInputError(
      errors
        .map((e) => `${field}.${e.property}: ${Object.values(e.constraints ?? {})[0]}`)
        .join(' '),
      field,
    );
  }
  return instance;
}

const riyadhTime = (d: Date | null) =>
  d ? new Date(d.getTime() + RIYADH_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ') : '';

const inList = (ids: number[]) => ids.map(() => '?').join(', ');

/**
 * Days at each step per transaction: the gaps of its events at the step, summed
 * (`stepStayMsSql`, the same figure the dashboard ranks).
 */
export async function stepDays(em: EntityManager, ids: number[]) {
  const rows = (await readAll<Row>(
    em,
    `select e.transaction_id, s.key as step_key, ${stepStayMsSql('e')} as ms
     from transaction_event e join handling_step s on s.id = e.step_id
     where e.transaction_id in (${inList(ids)}) and e.gap_seconds is not null
     group by e.transaction_id, s.key`,
    ids,
  )) as Row[];
  const byTransaction = new Map<number, Map<string, number>>();
  for (const r of rows) {
    const id = Number(r.transaction_id);
    if (!byTransaction.has(id)) byTransaction.set(id, new Map());
    byTransaction.get(id)!.set(String(r.step_key), msToDays(r.ms) ?? 0);
  }
  return byTransaction;
}

/** The latest committee decision of each transaction, and whether it was late. */
export async function decisions(em: EntityManager, ids: number[]) {
  const rows = (await readAll<Row>(
    em,
    `select e.transaction_id, e.kind, e.at, case when ${lateDecisionSql('e')} then 1 else 0 end as late
     from transaction_event e
     where e.kind in ('APPROVED', 'REJECTED') and e.transaction_id in (${inList(ids)}) order by e.id`,
    ids,
  )) as Row[];
  const result = new Map<number, Decision>();
  for (const r of rows) {
    result.set(Number(r.transaction_id), {
      kind: String(r.kind),
      at: readDate(r.at),
      late: Number(r.late) === 1,
    });
  }
  return result;
}

/** The answer to each transaction's survey, if any. */
export async function ratings(em: EntityManager, ids: number[]) {
  const rows = (await readAll<Row>(
    em,
    `select i.transaction_id, r.overall, r.recommend from survey_invitation i
     join survey_response r on r.invitation_id = i.id
     where i.transaction_id in (${inList(ids)})`,
    ids,
  )) as Row[];
  return new Map(
    rows.map((r) => [
      Number(r.transaction_id),
      { overall: Number(r.overall), recommend: Number(r.recommend) },
    ]),
  );
}

/** Step keys in policy order, channel names and step titles in the language asked for. */
export async function labels(em: EntityManager, lang: Lang) {
  const conn = em.getConnection();
  const stepRows = (await conn.execute(
    `select id, key, position, title_${lang} as title from handling_step order by position, id desc`,
  )) as Row[];
  const channels = (await conn.execute(`select id, name_${lang} as name from channel`)) as Row[];
  // One column per step key, in policy order, titled by its latest version.
  const byKey = new Map<string, string>();
  for (const s of stepRows)
    if (!byKey.has(String(s.key))) byKey.set(String(s.key), String(s.title));
  return {
    steps: [...byKey].map(([key, title]) => ({ key, title })),
    channel: new Map(channels.map((c) => [Number(c.id), String(c.name)])),
    step: new Map(stepRows.map((s) => [Number(s.id), String(s.title)])),
  };
}

interface Decision {
  kind: string;
  at: Date | null;
  late: boolean;
}
type Labels = Awaited<ReturnType<typeof labels>>;

/** The header line: fixed columns, then one "days at" column per step key, in policy order. */
export function headerLine(names: Labels, lang: Lang): CsvValue[] {
  const h = HEADERS[lang];
  return [
    h.reference,
    h.type,
    h.channel,
    h.status,
    h.outcome,
    h.step,
    h.opened,
    h.openedHijri,
    h.closed,
    h.daysToClose,
    ...names.steps.map((s) => h.daysAt + s.title),
    h.submitted,
    h.due,
    h.decided,
    h.decision,
    h.late,
    h.overall,
    h.recommend,
  ];
}

/** One transaction's line, under headerLine's columns. */
export function rowLine(
  t: Transaction,
  names: Labels,
  stepTimes: Map<string, number> | undefined,
  d: Decision | undefined,
  r: { overall: number; recommend: number } | undefined,
): CsvValue[] {
  return [
    t.reference,
    t.type,
    names.channel.get(t.channel.id) ?? '',
    t.status,
    t.outcome ?? '',
    names.step.get(t.currentStep.id) ?? '',
    riyadhTime(t.openedAt),
    hijriOf(periodKeys(t.openedAt).day),
    riyadhTime(t.closedAt ?? null),
    t.closedAt ? msToDays(t.closedAt.getTime() - t.openedAt.getTime()) : null,
    ...names.steps.map((s) => stepTimes?.get(s.key) ?? null),
    riyadhTime(t.committeeSubmittedAt ?? null),
    riyadhTime(t.committeeDueAt ?? null),
    riyadhTime(d?.at ?? null),
    d?.kind ?? '',
    d ? d.late : null,
    r?.overall ?? null,
    r?.recommend ?? null,
  ];
}
