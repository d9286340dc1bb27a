import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/postgresql';
import { plusDays, riyadhDay } from '../calendar/working-days.js';
import {
  checkPageSize,
  decodeKeyset,
  encodeKeyset,
  toConnection,
  type PageArgs,
} from '../common/connection.js';
import { SupportAward, SupportDelivery } from './support-award.entity.js';
import { SupportType } from './support-type.entity.js';
import { AwardStage } from './support.enums.js';

/**
 * The support module's reads: a transaction's award and its deliveries, what a beneficiary was
 * given over the last 12 months, what was given recently enough to warn the committee, and the
 * renewal list (keyset-paged by the last valid day, on the (stage, valid_until) index).
 */

export const awardOf = (em: EntityManager, transactionId: number) =>
  em.findOne(SupportAward, { transaction: transactionId }, { populate: ['supportType'] });

export const deliveriesOf = (em: EntityManager, awardId: number) =>
  em.find(
    SupportDelivery,
    { award: awardId },
    {
      orderBy: { deliveredOn: 'desc', id: 'desc' },
      populate: ['supportType', 'receipt', 'receipt.type', 'handedOverBy'],
    },
  );

/** One support type's share of what a beneficiary was given over a period. */
export interface GivenRow {
  supportType: SupportType;
  deliveries: number;
  quantity: number;
  lastDeliveredOn: string;
}

/** What `beneficiaryId` was given over the 12 months to today, by support type (summed in SQL). */
export async function givenLastYear(em: EntityManager, beneficiaryId: number): Promise<GivenRow[]> {
  const today = riyadhDay(new Date());
  const since = plusDays(today, -365);
  const rows = await (em as SqlEntityManager)
    .getConnection()
    .execute<
      { type_id: number; deliveries: number | string; quantity: number | string; last_on: string }[]
    >(
      `select support_type_id as type_id, count(*) as deliveries, sum(quantity) as quantity,
       max(delivered_on) as last_on
     from support_delivery where beneficiary_id = ? and delivered_on > ? and delivered_on <= ?
     group by support_type_id`,
      [beneficiaryId, since, today],
    );
  const types = await em.find(SupportType, { id: { $in: rows.map((r) => Number(r.type_id)) } });
  const byId = new Map(types.map((t) => [t.id, t]));
  return rows
    .map((r) => ({
      supportType: byId.get(Number(r.type_id))!,
      deliveries: Number(r.deliveries),
      quantity: Number(r.quantity),
      lastDeliveredOn: r.last_on,
    }))
    .sort((a, b) => a.supportType.position - b.supportType.position);
}

/**
 * The deliveries to `beneficiaryId` recent enough to warn about: each within its own type's
 * window (`recentWindowDays`), other than those of `exceptAwardId`, newest first (at most 20).
 */
export async function recentDeliveries(
  em: EntityManager,
  beneficiaryId: number,
  exceptAwardId: number | null,
): Promise<SupportDelivery[]> {
  const today = riyadhDay(new Date());
  const since = plusDays(today, -730);
  const rows = await em.find(
    SupportDelivery,
    {
      beneficiary: beneficiaryId,
      deliveredOn: { $gte: since },
      ...(exceptAwardId ? { award: { $ne: exceptAwardId } } : {}),
    },
    {
      orderBy: { deliveredOn: 'desc', id: 'desc' },
      populate: ['supportType', 'receipt', 'receipt.type', 'handedOverBy'],
      limit: 200,
    },
  );
  return rows
    .filter((d) => d.deliveredOn >= plusDays(today, -d.supportType.recentWindowDays))
    .slice(0, 20);
}

/**
 * Registrations whose last valid day falls within `withinDays` from today, or that lapsed in the
 * last 30 days (not yet renewed): soonest first, keyset-paged on (valid_until, id).
 */
export async function renewalsPage(em: EntityManager, withinDays: number, page: PageArgs) {
  const first = checkPageSize(page.first);
  const after = decodeKeyset(page.after);
  const today = riyadhDay(new Date());
  const where: FilterQuery<SupportAward> = {
    stage: { $in: [AwardStage.REGISTERED, AwardStage.DELIVERED] },
    validUntil: { $gte: plusDays(today, -30), $lte: plusDays(today, withinDays) },
  };
  const cursor: FilterQuery<SupportAward> = after
    ? {
        $or: [
          { validUntil: { $gt: String(after.value) } },
          { validUntil: String(after.value), id: { $gt: after.id } },
        ],
      }
    : {};
  const [rows, totalCount] = await Promise.all([
    em.find(
      SupportAward,
      { $and: [where, cursor] },
      {
        orderBy: { validUntil: 'asc', id: 'asc' },
        limit: first + 1,
        populate: ['supportType', 'transaction', 'beneficiary'],
      },
    ),
    em.count(SupportAward, where),
  ]);
  return toConnection(
    rows,
    { first, after: page.after },
    totalCount,
    (a) => a,
    (a) => encodeKeyset({ value: a.validUntil ?? null, id: a.id }),
  );
}
