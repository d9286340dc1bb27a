import { QueryOrder, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { User } from '../accounts/user.entity.js';
import { searchFilter as beneficiarySearch } from '../beneficiaries/beneficiary.service.js';
import { encodeKeyset, type KeysetPosition } from '../common/connection.js';
import { badInput } from '../common/errors.js';
import { likeSafe, parseId } from '../common/input.js';
import type { Transaction, TransactionEvent } from './transaction.entity.js';
import { TransactionStatus } from './transaction.enums.js';
import {
  SortDirection,
  TransactionSortField,
  type TransactionEventCondition,
  type TransactionFilter,
  type TransactionSort,
} from './transaction.types.js';

/**
 * The transactions list's conditions and order, shared by the GraphQL list and the CSV export.
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
    if (c.late) data.push('%"late":true%');
    else where.$not = { data: { $like: '%"late":true%' } };
  }
  if (data.length) where.$and = data.map((pattern) => ({ data: { $like: pattern } }));
  return where;
}

/** The list filter as a query condition; every condition is backed by an index. */
export function transactionWhere(
  filter: TransactionFilter | null,
  me: User,
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
  if (term) {
    and.push({
      $or: [
        { reference: { $like: `%${likeSafe(term.toUpperCase())}%` } },
        { beneficiary: beneficiarySearch(term) },
      ],
    });
  }
  return and.length ? { $and: [where, ...and] } : where;
}

const SORT_COLUMNS = {
  [TransactionSortField.OPENED_AT]: { column: 'openedAt', date: true, nullable: false },
  [TransactionSortField.COMMITTEE_DUE_AT]: { column: 'committeeDueAt', date: true, nullable: true },
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
