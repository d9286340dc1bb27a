import { setImmediate as nextTurn } from 'node:timers/promises';
import express from 'express';
import type { EntityManager, FilterQuery, MikroORM, QueryOrderMap } from '@mikro-orm/core';
// The SQL query builder (both drivers re-export @mikro-orm/knex).
import type { QBFilterQuery, SqlEntityManager } from '@mikro-orm/postgresql';
import { validate } from 'class-validator';
import {
  coerceInputValue,
  GraphQLError,
  GraphQLInputObjectType,
  type GraphQLSchema,
  type GraphQLInputType,
} from 'graphql';
import type { DatabaseEngine } from '../../config.js';
import { readAll, runWithReadBudget, type ReadBudget } from '../../db/read-pool.js';
import { clientRequestIdOf, requestIdOf } from '../../http.js';
import { recordAudit } from '../audit/audit.service.js';
import {
  authenticate,
  requestCredentials,
  type Authenticated,
  type SessionSettings,
} from '../accounts/auth.service.js';
import { PERSONAL_DATA_ROLES } from '../accounts/role.js';
import { CSV_BOM, csvLine, type CsvValue } from '../common/csv.js';
import { hijriOf } from '../common/hijri.js';
import { periodKeys, RIYADH_OFFSET_MS } from '../common/periods.js';
import { msBetween, readDate } from '../common/sql-dates.js';
import { Transaction } from './transaction.entity.js';
import { listOrder, transactionWhere } from './transaction-list.js';
import { TransactionFilter, TransactionSort } from './transaction.types.js';
import { msToDays } from '../common/figures.js';

/**
 * GET /api/export/transactions.csv?filter=<JSON>&sort=<JSON>&lang=ar|en — the transactions list
 * as CSV, one row per transaction with its channel, days at each step, committee timing and
 * rating. `filter` and `sort` are the GraphQL list's `TransactionFilter` and `TransactionSort`,
 * checked against the schema exactly as GraphQL would. Same readers as the list (session cookie
 * or API token). No personal data: the reference identifies the transaction.
 *
 * Rows are read in keyset batches of BATCH and streamed; each batch's step times, decisions
 * and ratings come from three statements over its ids (no per-row query). One export shares the
 * server with everyone else:
 * - its reads run in the read pool (db/read-pool.ts), off the request thread, and a read still
 *   running when the client goes away is stopped (SQLite) or given up;
 * - between batches it gives the event loop a turn (`setImmediate`), and it waits for the
 *   client to take what was written (`res.write()` backpressure, 'drain') before reading more;
 * - it stops as soon as the client goes away (the response's 'close' before its end);
 * - it writes at most `maxRows` rows (MASAR_EXPORT_MAX_ROWS); past them it stops and says so in
 *   a last line of the file (`EXPORT_LIMIT_LINE`).
 * Whatever the ending, one audit row says how many rows left, whether the file is complete and
 * why not (`CLIENT_DISCONNECTED`, `ROW_LIMIT`, `ERROR`). It records the filter without its free
 * text (`search`, `reference`): only that they were used.
 */
const BATCH = 500;

/** A batch's reads taking longer than this are stopped and the export ends (`ERROR`). */
const BATCH_READ_MS = 30_000;

/** The reads of an export whose client has gone, or of a batch past BATCH_READ_MS. */
class ExportStopped extends Error {}

/**
 * The deadline of one batch's reads in the read pool (db/read-pool.ts): BATCH_READ_MS, or at
 * once when the client goes away (`stop`), so a read still running is stopped with it.
 */
function batchBudget(stop: AbortSignal): ReadBudget {
  const at = performance.now() + BATCH_READ_MS;
  return {
    signal: AbortSignal.any([stop, AbortSignal.timeout(BATCH_READ_MS)]),
    msLeft: () => at - performance.now(),
    error: () =>
      new ExportStopped(stop.aborted ? 'The client went away.' : 'A batch read took too long.'),
  };
}

/**
 * One batch in the list's order: its ids by the SQL `em.find` would build, run in the read pool
 * (off the request thread), then the transactions loaded by id, in that order.
 */
async function batchOf(
  em: EntityManager,
  where: FilterQuery<Transaction>,
  orderBy: QueryOrderMap<Transaction>[],
  limit: number,
): Promise<Transaction[]> {
  const sql = (em as SqlEntityManager)
    .createQueryBuilder(Transaction)
    .select('id')
    .where(where as QBFilterQuery<Transaction>)
    .orderBy(orderBy)
    .limit(limit)
    .getFormattedQuery();
  const ids = (await readAll<{ id: number | string }>(em, sql)).map((r) => Number(r.id));
  if (!ids.length) return [];
  const byId = new Map((await em.find(Transaction, { id: { $in: ids } })).map((t) => [t.id, t]));
  return ids.map((id) => byId.get(id)).filter((t): t is Transaction => t !== undefined);
}

/** Default of MASAR_EXPORT_MAX_ROWS: rows one export writes at most. */
export const DEFAULT_EXPORT_MAX_ROWS = 100_000;

/** The last line of a file cut at the row limit, in the file's language. */
export const EXPORT_LIMIT_LINE: Record<'ar' | 'en', (max: number) => string> = {
  ar: (max) =>
    `توقف التصدير عند الحد الأقصى (${max} صف) ولم تُصدَّر بقية المعاملات: ضيّق التصفية وصدّر الباقي.`,
  en: (max) =>
    `Export stopped at its limit of ${max} rows; the remaining transactions are not in this file: narrow the filter and export the rest.`,
};

/** Why an export ended before its last row (the audit row's `endedBy`). */
type Ending = 'COMPLETE' | 'CLIENT_DISCONNECTED' | 'ROW_LIMIT' | 'ERROR';

/**
 * The filter as the audit trail keeps it: free text (a national ID, a name, a mobile typed
 * into the search box) is personal data that `admin` may not read, so only its use is recorded.
 */
export function auditedFilter(filter: TransactionFilter | null): Record<string, unknown> | null {
  if (!filter) return null;
  const kept: Record<string, unknown> = { ...filter };
  for (const key of ['search', 'reference'] as const) {
    if (key in kept) kept[key] = kept[key] != null && kept[key] !== '';
  }
  return kept;
}

type Lang = 'ar' | 'en';
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

class ExportInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
  }
}

/** A query parameter as the named GraphQL input type, validated like a GraphQL argument. */
async function inputOf<T extends object>(
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

/** Days at each step per transaction: the gap before each event, summed per step (as the dashboard). */
async function stepDays(em: EntityManager, engine: DatabaseEngine, ids: number[]) {
  const gap = msBetween(
    engine,
    'e.at',
    'lag(e.at) over (partition by e.transaction_id order by e.id)',
  );
  const rows = (await readAll<Row>(
    em,
    `with gaps as (
       select e.transaction_id, e.step_id, ${gap} as ms from transaction_event e
       where e.transaction_id in (${inList(ids)})
     )
     select g.transaction_id, s.key as step_key, sum(g.ms) as ms
     from gaps g join handling_step s on s.id = g.step_id
     where g.ms is not null group by g.transaction_id, s.key`,
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

/** The latest committee decision of each transaction. */
async function decisions(em: EntityManager, ids: number[]) {
  const rows = (await readAll<Row>(
    em,
    `select transaction_id, kind, at, data from transaction_event
     where kind in ('APPROVED', 'REJECTED') and transaction_id in (${inList(ids)}) order by id`,
    ids,
  )) as Row[];
  const result = new Map<number, { kind: string; at: Date | null; late: boolean }>();
  for (const r of rows) {
    let late = false;
    try {
      late = JSON.parse(String(r.data ?? '{}')).late === true;
    } catch {
      late = false;
    }
    result.set(Number(r.transaction_id), { kind: String(r.kind), at: readDate(r.at), late });
  }
  return result;
}

/** The answer to each transaction's survey, if any. */
async function ratings(em: EntityManager, ids: number[]) {
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
async function labels(em: EntityManager, lang: Lang) {
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

export function transactionExportRouter(
  orm: MikroORM,
  schema: GraphQLSchema,
  engine: DatabaseEngine,
  sessions: SessionSettings,
  /** Counts the request against the caller's rate limit (throws RATE_LIMITED past it). */
  countRequest: (auth: Authenticated | null, ip: string | null) => Promise<void> = async () => {},
  /** Rows one export writes at most (MASAR_EXPORT_MAX_ROWS). */
  maxRows: number = DEFAULT_EXPORT_MAX_ROWS,
): express.Router {
  const router = express.Router();
  const problem = (
    res: express.Response,
    status: number,
    code: string,
    message: string,
    field?: string,
  ) => res.status(status).json({ errors: [{ code, message, ...(field ? { field } : {}) }] });

  router.get('/transactions.csv', async (req, res, next) => {
    try {
      const em = orm.em.fork();
      const auth = await authenticate(em, requestCredentials(req.headers), sessions);
      try {
        await countRequest(auth, req.ip ?? null);
      } catch (e) {
        if (!(e instanceof GraphQLError) || e.extensions.code !== 'RATE_LIMITED') throw e;
        const retryAfter = (e.extensions as { retryAfterSeconds?: number }).retryAfterSeconds;
        if (retryAfter) res.setHeader('Retry-After', String(retryAfter));
        return problem(res, 429, 'RATE_LIMITED', e.message);
      }
      if (!auth) return problem(res, 401, 'UNAUTHENTICATED', 'Sign in or send an API token.');
      const user = auth.user;
      if (!user.roles.some((r) => PERSONAL_DATA_ROLES.includes(r))) {
        return problem(res, 403, 'FORBIDDEN', 'Your roles do not include the transactions list.');
      }
      const lang: Lang = req.query.lang === 'en' ? 'en' : 'ar';
      let filter: TransactionFilter | null;
      let sort: TransactionSort | null;
      try {
        filter = await inputOf(
          schema,
          req.query.filter,
          'TransactionFilter',
          TransactionFilter,
          'filter',
        );
        sort = await inputOf(schema, req.query.sort, 'TransactionSort', TransactionSort, 'sort');
      } catch (e) {
        if (e instanceof ExportInputError)
          return problem(res, 400, 'BAD_USER_INPUT', e.message, e.field);
        throw e;
      }
      const where = transactionWhere(filter, user);
      const order = listOrder(sort);
      const names = await labels(em, lang);
      const h = HEADERS[lang];
      const stamp = periodKeys(new Date()).day;

      // The client going away (closed tab, cancelled download) ends the response early.
      let closed = false;
      const stop = new AbortController();
      const onClose = () => {
        closed = true;
        stop.abort();
      };
      res.on('close', onClose);
      const gone = () => closed || res.destroyed;
      /** Writes, then waits until the client has taken it (or has gone). */
      const send = async (text: string) => {
        if (gone() || res.write(text)) return;
        await new Promise<void>((resolve) => {
          const done = () => {
            res.off('drain', done);
            res.off('close', done);
            resolve();
          };
          res.on('drain', done);
          res.on('close', done);
        });
      };
      let failure: unknown;

      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Content-Disposition', `attachment; filename="transactions-${stamp}.csv"`);
      res.setHeader('Cache-Control', 'no-store');
      res.write(
        CSV_BOM +
          csvLine([
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
          ]),
      );

      let rows = 0;
      let endedBy: Ending = 'COMPLETE';
      try {
        let after: Transaction | null = null;
        for (;;) {
          if (gone()) {
            endedBy = 'CLIENT_DISCONNECTED';
            break;
          }
          // One more than may still be written: whether rows are left past the limit.
          const batchEm = orm.em.fork();
          const budget = batchBudget(stop.signal);
          const batch: Transaction[] = await runWithReadBudget(budget, () =>
            batchOf(
              batchEm,
              after ? { $and: [where, order.after(order.positionOf(after))] } : where,
              order.orderBy,
              Math.min(BATCH, maxRows - rows + 1),
            ),
          );
          if (!batch.length) break;
          const overLimit = rows + batch.length > maxRows;
          const written = overLimit ? batch.slice(0, maxRows - rows) : batch;
          const ids = written.map((t) => t.id);
          const [times, decided, rated] = ids.length
            ? await runWithReadBudget(budget, () =>
                Promise.all([
                  stepDays(batchEm, engine, ids),
                  decisions(batchEm, ids),
                  ratings(batchEm, ids),
                ]),
              )
            : [new Map(), new Map(), new Map()];
          if (gone()) {
            endedBy = 'CLIENT_DISCONNECTED';
            break;
          }
          let chunk = '';
          for (const t of written) {
            const d = decided.get(t.id);
            const r = rated.get(t.id);
            const stepTimes = times.get(t.id);
            const line: CsvValue[] = [
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
            chunk += csvLine(line);
          }
          rows += written.length;
          if (overLimit) {
            endedBy = 'ROW_LIMIT';
            await send(chunk + csvLine([EXPORT_LIMIT_LINE[lang](maxRows)]));
            break;
          }
          await send(chunk);
          if (batch.length < BATCH) break;
          after = batch[batch.length - 1]!;
          // Let every other request have its turn before the next batch.
          await nextTurn();
        }
      } catch (e) {
        endedBy = gone() ? 'CLIENT_DISCONNECTED' : 'ERROR';
        failure = e;
      } finally {
        res.off('close', onClose);
        const audit = orm.em.fork();
        recordAudit(
          audit,
          {
            userId: user.id,
            username: user.username,
            requestId: requestIdOf(res),
            clientRequestId: clientRequestIdOf(res),
            ip: req.ip ?? null,
          },
          {
            action: 'TRANSACTIONS_EXPORTED',
            targetType: 'Transaction',
            after: {
              filter: auditedFilter(filter),
              sort,
              rows,
              complete: endedBy === 'COMPLETE',
              endedBy,
              ...(endedBy === 'ROW_LIMIT' && { maxRows }),
            },
          },
        );
        await audit.flush();
      }
      if (failure) throw failure;
      if (!gone()) res.end();
    } catch (e) {
      if (res.headersSent) res.destroy(e as Error);
      else next(e);
    }
  });
  return router;
}
