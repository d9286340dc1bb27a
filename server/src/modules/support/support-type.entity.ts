import { Entity, Property, type Opt } from '@mikro-orm/core';
import { KindEntity } from '../common/kind.entity.js';
import { SupportUnit } from './support.enums.js';

/**
 * A kind of support the association gives (cash, food basket, rent, bills, devices, training,
 * …), kept as data by managers, with the unit it is counted in and how recent an earlier
 * delivery of it must be to warn the committee that the household was given it already.
 */
@Entity({ tableName: 'support_type' })
export class SupportType extends KindEntity {
  @Property({ type: 'string', length: 16 })
  unit!: SupportUnit;

  /** Days back the committee is warned about the same support delivered to the same beneficiary. */
  @Property({ type: 'integer' })
  recentWindowDays: Opt<number> = 90;
}
