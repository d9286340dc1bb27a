import {
  EntityRepository,
  raw,
  QueryOrder,
  type FilterQuery,
  type QueryOrderMap,
} from '@mikro-orm/core';
// The SQL query builder (both drivers re-export @mikro-orm/knex).
import type { QBFilterQuery, SqlEntityManager } from '@mikro-orm/postgresql';
import { readAll, readPoolOf } from '../../db/read-pool.js';
import type { User } from '../accounts/user.entity.js';
import type { DatabaseEngine } from '../../config.js';
import {
  searchFilter as beneficiarySearch,
  nameWords,
  searchDigits,
} from '../beneficiaries/beneficiary.repository.js';
import { matchingIds } from '../beneficiaries/name-index.js';
import { engineOf } from '../common/text-index.js';
import {
  checkPageSize,
  decodeKeyset,
  encodeKeyset,
  toConnection,
  type ConnectionShape,
  type KeysetPosition,
  type PageArgs,
} from '../common/connection.js';
import { badInput } from '../common/errors.js';
import { likeSafe, parseId } from '../common/input.js';
import type { Transaction, TransactionEvent } from './transaction.entity.js';
import { SortDirection, TransactionSortField, TransactionStatus } from './transaction.enums.js';
import type {
  TransactionEventCondition,
  TransactionFilter,
  TransactionSort,
} from './transaction.inputs.js';
import { LATE_DECISION_LIKE } from './transaction-facts.js';

/**
 * The transactions list: its conditions and keyset order, shared by the GraphQL list and the
 * CSV export, and its pages.
 */

/** One timeline event's conditions (the dashboard's drill-downs): served by the (kind, at) index. */
function eventCondition(c: TransactionEventCondition): FilterQuery<TransactionEvent> {
  if (c.from && c.to && !(c.from < c.to))
    throw badInput('The period must end after it starts.', 'event');
  const where: FilterQuery<TransactionEvent> & Record<string, unknown> = {};
  const data: string[] = [];
  if (c.kinds?.length) where.kind = { $in: c.kinds };
  if (c.from || c.to) {
    where.at = { ...(c.from ? { $gte: c.from } : {}), ...(c.to ? { $lt: c.to } : {}) };
  }
  if (c.stepKey) {
    where.step = { key: c.stepKey };
    where.gapSeconds = { $ne: null };
  }
  if (c.referralReasonKey) data.push(`%"reason":"${likeSafe(c.referralReasonKey)}"%`);
  if (c.late != null) {
    if (c.late) data.push(LATE_DECISION_LIKE);
    else where.$not = { data: { $like: LATE_DECISION_LIKE } };
  }
  if (data.length) where.$and = data.map((pattern) => ({ data: { $like: pattern } }));
  return where;
}

/**
 * The search's name words when it searches names only: references are Latin capitals, digits and
 * hyphens (MSR-2026-000042), so a search with any other character (an Arabic name, a space
 * between two words) cannot be a part of one, nor a national ID or mobile. Null otherwise (what
 * may be a reference's part, digits, nothing to search).
 */
export function nameSearchOf(filter: TransactionFilter | null): string[] | null {
  const term = filter?.search?.trim();
  if (!term || /^[A-Z0-9-]*$/.test(likeSafe(term.toUpperCase())) || searchDigits(term)) return null;
  const words = nameWords(term);
  return words.length ? words : null;
}

/**
 * The name words when the filter is a name search and nothing else (no other condition in
 * transactionWhere): then its count is a sum over the matching names of each one's transactions
 * (the `rollup_beneficiary` rollup, kept by the transactions' triggers), not a read of every
 * matching transaction. Null otherwise.
 */
export function nameSearchAlone(
  filter: TransactionFilter | null,
  me: User,
  engine: DatabaseEngine,
): string[] | null {
  const words = nameSearchOf(filter);
  if (!words) return null;
  const rest = transactionWhere({ ...filter!, search: null }, me, engine);
  return Object.keys(rest).length ? null : words;
}

/**
 * The search box: a reference's part, or the beneficiary's name, national ID or mobile. A name
 * search reads the transactions of the matching beneficiaries (name-index.ts) by `beneficiary_id`
 * (indexed), never joining every transaction to its beneficiary. `inOrder` (SQLite, a name many
 * transactions carry): the same condition without that index (`+beneficiary_id`), so the page is
 * read along the order's index, checking each row's beneficiary, instead of sorting every match.
 */
function searchCondition(
  filter: TransactionFilter,
  engine: DatabaseEngine,
  inOrder: boolean,
): FilterQuery<Transaction> {
  const words = nameSearchOf(filter);
  if (words) {
    const ids = { $in: matchingIds(words, engine) };
    if (inOrder && engine === 'sqlite') {
      return {
        [raw((alias: string) => `+${alias}.beneficiary_id`)]: ids,
      } as FilterQuery<Transaction>;
    }
    return { beneficiary: ids } as FilterQuery<Transaction>;
  }
  const term = filter.search!.trim();
  return {
    $or: [
      { reference: { $like: `%${likeSafe(term.toUpperCase())}%` } },
      { beneficiary: beneficiarySearch(term, engine) },
    ],
  };
}

/** The list filter as a query condition; every condition is backed by an index. */
export function transactionWhere(
  filter: TransactionFilter | null,
  me: User,
  engine: DatabaseEngine,
  { inOrder = false }: { inOrder?: boolean } = {},
): FilterQuery<Transaction> {
  const where: FilterQuery<Transaction> & Record<string, unknown> = {};
  if (!filter) return where;
  const and: FilterQuery<Transaction>[] = [];
  if (filter.status?.length) where.status = { $in: filter.status };
  if (filter.type) where.type = filter.type;
  if (filter.stepKey) where.currentStep = { key: filter.stepKey };
  if (filter.channelKey) where.channel = { key: filter.channelKey };
  if (filter.assignedToMe) and.push({ assignee: me.id });
  if (filter.assigneeId) and.push({ assignee: parseId(filter.assigneeId, 'assigneeId') });
  if (filter.beneficiaryId) where.beneficiary = parseId(filter.beneficiaryId, 'beneficiaryId');
  if (filter.reference) where.reference = { $like: `${likeSafe(filter.reference)}%` };
  if (filter.openedFrom || filter.openedTo) {
    where.openedAt = {
      ...(filter.openedFrom ? { $gte: filter.openedFrom } : {}),
      ...(filter.openedTo ? { $lt: filter.openedTo } : {}),
    };
  }
  if (filter.committeeOverdue) {
    and.push({ status: TransactionStatus.AWAITING_COMMITTEE, committeeDueAt: { $lt: new Date() } });
  }
  if (filter.event) and.push({ events: eventCondition(filter.event) } as FilterQuery<Transaction>);
  const term = filter.search?.trim();
  if (term) and.push(searchCondition(filter, engine, inOrder));
  return and.length ? { $and: [where, ...and] } : where;
}

const SORT_COLUMNS = {
  [TransactionSortField.OPENED_AT]: { column: 'openedAt', date: true, nullable: false },
  [TransactionSortField.COMMITTEE_DUE_AT]: { column: 'committeeDueAt', date: true, nullable: true },
  [TransactionSortField.REFERRAL_DUE_AT]: { column: 'referralDueAt', date: true, nullable: true },
  [TransactionSortField.REFERENCE]: { column: 'reference', date: false, nullable: false },
} as const;

/**
 * Keyset order for the list: the sort column then id, nulls last in both directions; the
 * cursor carries the last row's (value, id), so pages stay stable while rows are added.
 */
export function listOrder(sort: TransactionSort | null) {
  const { column, date, nullable } = SORT_COLUMNS[sort?.field ?? TransactionSortField.OPENED_AT];
  const asc = (sort?.direction ?? SortDirection.DESC) === SortDirection.ASC;
  const beyond = asc ? '$gt' : '$lt';
  const valueOf = (t: Transaction): string | null => {
    const v = t[column] as Date | string | null | undefined;
    return v == null ? null : v instanceof Date ? v.toISOString() : v;
  };
  return {
    orderBy: [
      // Only a nullable column needs NULLS LAST, which SQLite cannot read from an index ascending.
      { [column]: nullable ? (asc ? 'asc nulls last' : 'desc nulls last') : asc ? 'asc' : 'desc' },
      { id: asc ? QueryOrder.ASC : QueryOrder.DESC },
    ] as QueryOrderMap<Transaction>[],
    positionOf: (t: Transaction): KeysetPosition => ({ value: valueOf(t), id: t.id }),
    cursorOf: (t: Transaction) => encodeKeyset({ value: valueOf(t), id: t.id }),
    after({ value, id }: KeysetPosition): FilterQuery<Transaction> {
      if (value === null) {
        if (!nullable) throw badInput('The cursor does not fit this order.', 'after');
        return { [column]: null, id: { [beyond]: id } };
      }
      const v = date ? new Date(value) : value;
      if (date && Number.isNaN((v as Date).getTime())) {
        throw badInput('The cursor does not fit this order.', 'after');
      }
      return {
        $or: [
          { [column]: { [beyond]: v } },
          { [column]: v, id: { [beyond]: id } },
          ...(nullable ? [{ [column]: null }] : []),
        ],
      } as FilterQuery<Transaction>;
    },
  };
}

/**
 * Whether a name search's page of `first` is read along the order's index (about
 * `(first + 1) × lastId / count` rows) rather than from its `count` matches sorted.
 */
export const readsInOrder = (count: number, first: number, lastId: number) =>
  count * count > (first + 1) * lastId;

/** Whether the filter scans (a text search, a timeline-event condition) rather than seeks. */
export const scansTransactions = (filter: TransactionFilter | null) =>
  Boolean(filter?.search?.trim() || filter?.event);

type ListOrder = ReturnType<typeof listOrder>;

export class TransactionRepository extends EntityRepository<Transaction> {
  /**
   * One page of the list, newest first unless sorted otherwise: keyset pages after the cursor's
   * (value, id), the count over all pages.
   */
  async page(
    filter: TransactionFilter | null,
    sort: TransactionSort | null,
    args: PageArgs,
    me: User,
  ): Promise<ConnectionShape<Transaction>> {
    const first = checkPageSize(args.first);
    const engine = engineOf(this.em);
    const whereOf = (inOrder: boolean) => transactionWhere(filter, me, engine, { inOrder });
    const order = listOrder(sort);
    const position = decodeKeyset(args.after);
    const byName = nameSearchAlone(filter, me, engine);
    const [rows, totalCount] = await this.rowsAndCount(
      filter,
      whereOf,
      order,
      position,
      first,
      byName,
    );
    return toConnection(rows, { first, after: args.after }, totalCount, (t) => t, order.cursorOf);
  }

  /**
   * `first + 1` rows (to tell whether more follow) and the total count. A filter that scans
   * runs its two statements — the page's ids and the count, the same SQL as `em.find`/`em.count`
   * build — in the read pool (db/read-pool.ts): off the request thread, stopped at the query's
   * deadline. The page's entities are then loaded by id, in order.
   *
   * A name search on SQLite counts first, then picks how to read the page: the matches' rows
   * sorted (about `count` rows read), or the order's index walked until the page is full (about
   * `(first + 1) × all / count` rows read, the ids' maximum standing for all), whichever reads
   * fewer. PostgreSQL's planner makes that choice from its statistics.
   */
  private async rowsAndCount(
    filter: TransactionFilter | null,
    whereOf: (inOrder: boolean) => FilterQuery<Transaction>,
    order: ListOrder,
    position: KeysetPosition | null,
    first: number,
    /** A name search alone (nameSearchAlone): its words, counted from the rollup. */
    byName: string[] | null,
  ): Promise<[Transaction[], number]> {
    const where = whereOf(false);
    const paged = (w: FilterQuery<Transaction>) =>
      position ? { $and: [w, order.after(position)] } : w;
    const pool = scansTransactions(filter) && readPoolOf(this.em);
    const rowsOf = (w: FilterQuery<Transaction>) =>
      pool
        ? this.batch(paged(w), order.orderBy, first + 1)
        : this.find(paged(w), { orderBy: order.orderBy, limit: first + 1 });
    const count = async () => {
      if (byName) {
        const ids = matchingIds(byName, engineOf(this.em));
        const [row] = await readAll<{ count: number | string | null }>(
          this.em,
          `select coalesce(sum(n), 0) as count from rollup_beneficiary where beneficiary_id in (${ids.sql})`,
          ids.params,
        );
        return Number(row?.count ?? 0);
      }
      if (!pool) return this.count(where);
      const sql = this.qb()
        .count('id', true)
        .where(where as QBFilterQuery<Transaction>)
        .getFormattedQuery();
      const [row] = await readAll<{ count: number | string }>(this.em, sql);
      return Number(row?.count ?? 0);
    };
    if (engineOf(this.em) !== 'sqlite' || !nameSearchOf(filter)) {
      return Promise.all([rowsOf(where), count()]);
    }
    const [total, [last]] = await Promise.all([
      count(),
      this.em
        .getConnection()
        .execute<{ id: number | null }[]>('select max(id) as id from beneficiary_transaction'),
    ]);
    const inOrder = readsInOrder(total, first, Number(last?.id ?? 0));
    return [await rowsOf(inOrder ? whereOf(true) : where), total];
  }

  /**
   * Up to `limit` transactions matching `where` in `orderBy`: their ids by the SQL `em.find`
   * would build, run in the read pool (off the request thread), then loaded by id, in order.
   */
  async batch(
    where: FilterQuery<Transaction>,
    orderBy: QueryOrderMap<Transaction>[],
    limit: number,
  ): Promise<Transaction[]> {
    const sql = this.qb()
      .select('id')
      .where(where as QBFilterQuery<Transaction>)
      .orderBy(orderBy)
      .limit(limit)
      .getFormattedQuery();
    const ids = (await readAll<{ id: number | string }>(this.em, sql)).map((r) => Number(r.id));
    if (!ids.length) return [];
    const byId = new Map((await this.find({ id: { $in: ids } })).map((t) => [t.id, t]));
    return ids.map((id) => byId.get(id)).filter((t): t is Transaction => t !== undefined);
  }

  /** One transaction by id, or else by reference (cut to the column's 20 characters). */
  byIdOrReference(id: number | null, reference: string | null): Promise<Transaction | null> {
    return this.findOne(id != null ? { id } : { reference: (reference ?? '').slice(0, 20) });
  }

  private qb() {
    return (this.em as SqlEntityManager).createQueryBuilder<Transaction>(this.entityName);
  }
}
