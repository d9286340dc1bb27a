import { Field, Int, ObjectType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/core';
import { readAll } from '../../db/read-pool.js';
import { plusDays, riyadhDay } from '../calendar/working-days.js';
import { num } from '../common/figures.js';
import { kindsOf } from '../common/kinds.js';
import { SupportType } from '../support/support-type.entity.js';
import { SupportTypeType, toSupportTypeType } from '../support/support.types.js';
import { AwardStage } from '../support/support.enums.js';
import { riyadhDays, type Period } from './dashboard.service.js';
import { monthsOf, trendPeriod } from './trend-period.js';

/**
 * What was delivered (issue 18, item 8): support by type and month over the trend period, the
 * households served and the deliveries of the period, and the registrations due for renewal in
 * the next 30 days. Counts and sums only, never a person: analysts read them. Each figure is one
 * aggregate statement over support_delivery's (delivered_on, support_type_id) index, or
 * support_award's (stage, valid_until), run off the request thread (readAll).
 */

@ObjectType({ description: 'One support type’s deliveries in one Riyadh month.' })
export class SupportMonthFigure {
  @Field(() => String, { description: 'The month, YYYY-MM.' })
  month!: string;

  @Field(() => SupportTypeType, { description: 'The support type.' })
  supportType!: SupportTypeType;

  @Field(() => Int, { description: 'Deliveries.' })
  deliveries!: number;

  @Field(() => Int, { description: 'Riyals, items or sessions delivered (the type’s unit).' })
  quantity!: number;

  @Field(() => Int, { description: 'Households (beneficiaries) delivered to.' })
  households!: number;
}

@ObjectType({ description: 'Support delivered: counts and sums, no person.' })
export class SupportFigures {
  @Field(() => [SupportMonthFigure], {
    description:
      'By month and type over the trend period (the 12 months ending with the period), oldest first; months and types with none left out.',
  })
  byMonth!: SupportMonthFigure[];

  @Field(() => Int, { description: 'Households delivered to in the period.' })
  householdsServed!: number;

  @Field(() => Int, { description: 'Deliveries in the period.' })
  deliveries!: number;

  @Field(() => Int, {
    description: 'Registrations whose validity ends within the next 30 days (renewals due).',
  })
  renewalsDue!: number;
}

export async function supportFigures(em: EntityManager, p: Period): Promise<SupportFigures> {
  const { first: from, last: to } = riyadhDays(p);
  const trend = riyadhDays(trendPeriod(p));
  const today = riyadhDay(new Date());
  const [months, [served], [due], types] = await Promise.all([
    readAll(
      em,
      `select substr(delivered_on, 1, 7) as month, support_type_id as type_id,
         count(*) as deliveries, sum(quantity) as quantity,
         count(distinct beneficiary_id) as households
       from support_delivery where delivered_on >= ? and delivered_on <= ?
       group by substr(delivered_on, 1, 7), support_type_id
       order by month, type_id`,
      [trend.first, trend.last],
    ),
    readAll(
      em,
      `select count(distinct beneficiary_id) as households, count(*) as deliveries
       from support_delivery where delivered_on >= ? and delivered_on <= ?`,
      [from, to],
    ),
    readAll(
      em,
      `select count(*) as n from support_award
       where stage in (?, ?) and valid_until >= ? and valid_until <= ?`,
      [AwardStage.REGISTERED, AwardStage.DELIVERED, today, plusDays(today, 30)],
    ),
    kindsOf(em, SupportType, true),
  ]);
  const byId = new Map(types.map((t) => [t.id, toSupportTypeType(t)]));
  const inTrend = new Set(monthsOf(trendPeriod(p)));
  return {
    byMonth: months
      .filter((r) => inTrend.has(String(r.month)) && byId.has(num(r.type_id)))
      .map((r) => ({
        month: String(r.month),
        supportType: byId.get(num(r.type_id))!,
        deliveries: num(r.deliveries),
        quantity: num(r.quantity),
        households: num(r.households),
      })),
    householdsServed: num(served?.households),
    deliveries: num(served?.deliveries),
    renewalsDue: num(due?.n),
  };
}
