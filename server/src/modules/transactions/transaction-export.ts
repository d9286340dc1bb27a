import { setImmediate as nextTurn } from 'node:timers/promises';
import express from 'express';
import type { MikroORM } from '@mikro-orm/core';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import { runWithReadBudget, type ReadBudget } from '../../db/read-pool.js';
import { clientRequestIdOf, noteUser, requestIdOf } from '../../http.js';
import { recordAudit } from '../audit/audit.service.js';
import { engineOf } from '../common/text-index.js';
import {
  authenticate,
  requestCredentials,
  type Authenticated,
  type SessionSettings,
} from '../accounts/auth.service.js';
import { PERSONAL_DATA_ROLES } from '../common/role.js';
import { CSV_BOM, csvLine } from '../common/csv.js';
import { periodKeys } from '../common/periods.js';
import { Transaction } from './transaction.entity.js';
import { TransactionFilter, TransactionSort } from './transaction.inputs.js';
import { listOrder, transactionWhere } from './transaction.repository.js';
import {
  decisions,
  ExportInputError,
  headerLine,
  inputOf,
  labels,
  ratings,
  rowLine,
  stepDays,
  type Lang,
} from './transaction-export-rows.js';

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

export function transactionExportRouter(
  orm: MikroORM,
  schema: GraphQLSchema,
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
      noteUser(res, auth?.user.id ?? null);
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
      const where = transactionWhere(filter, user, engineOf(em));
      const order = listOrder(sort);
      const names = await labels(em, lang);
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
      res.write(CSV_BOM + csvLine(headerLine(names, lang)));

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
            batchEm
              .getRepository(Transaction)
              .batch(
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
                  stepDays(batchEm, ids),
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
            chunk += csvLine(
              rowLine(t, names, times.get(t.id), decided.get(t.id), rated.get(t.id)),
            );
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
