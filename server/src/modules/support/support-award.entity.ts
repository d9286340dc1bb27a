import { Entity, Index, ManyToOne, Property, Unique, type Opt, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { BeneficiaryDocument } from '../documents/beneficiary-document.entity.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { SupportType } from './support-type.entity.js';
import { Acknowledgement, AwardStage, SupportFrequency } from './support.enums.js';

/**
 * What the committee approves on a support request (one per transaction): a support type, the
 * quantity each time, how often and for how long. Proposed while the committee deliberates,
 * approved with its decision (step 5), registered with a validity at step 6, and delivered at
 * step 7: `deliveredQuantity` is kept as deliveries are recorded, and the transaction closes when
 * it reaches `totalQuantity`. The renewal list reads `validUntil` of registered awards.
 */
@Entity({ tableName: 'support_award' })
@Index({ properties: ['stage', 'validUntil'] })
@Index({ properties: ['beneficiary', 'supportType'] })
export class SupportAward extends BaseEntity {
  @Unique()
  @ManyToOne(() => Transaction)
  transaction!: Rel<Transaction>;

  @ManyToOne(() => Beneficiary)
  beneficiary!: Rel<Beneficiary>;

  @Index()
  @ManyToOne(() => SupportType)
  supportType!: Rel<SupportType>;

  /** Amount (riyals) or count (items, sessions) each time. */
  @Property({ type: 'integer' })
  quantity!: number;

  @Property({ type: 'string', length: 16 })
  frequency!: SupportFrequency;

  @Property({ type: 'integer' })
  validityMonths!: number;

  /** quantity × the deliveries the frequency makes over the validity. */
  @Property({ type: 'integer' })
  totalQuantity!: number;

  @Property({ type: 'integer' })
  deliveredQuantity: Opt<number> = 0;

  @Property({ type: 'string', length: 16 })
  stage: Opt<AwardStage> = AwardStage.PROPOSED;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  proposedBy?: Rel<User> | null;

  @Property({ type: 'Date', nullable: true })
  approvedAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  registeredAt?: Date | null;

  /** YYYY-MM-DD (Riyadh): the first and last day of the registration (step 6). */
  @Property({ type: 'string', length: 10, nullable: true })
  validFrom?: string | null;

  @Property({ type: 'string', length: 10, nullable: true })
  validUntil?: string | null;

  @Property({ type: 'Date', nullable: true })
  deliveredAt?: Date | null;
}

/**
 * One handing-over of an award at step 7: the day, how much, what exactly, who handed it over,
 * and the recipient's acknowledgement, a document on the beneficiary's file (a signature drawn
 * on screen, or a scanned signed receipt). Support delivered by type and month is summed from
 * these rows (`deliveredOn` and the type are indexed together).
 */
@Entity({ tableName: 'support_delivery' })
@Index({ properties: ['deliveredOn', 'supportType'] })
@Index({ properties: ['beneficiary', 'supportType', 'deliveredOn'] })
export class SupportDelivery extends BaseEntity {
  @Index()
  @ManyToOne(() => SupportAward)
  award!: Rel<SupportAward>;

  @ManyToOne(() => Beneficiary)
  beneficiary!: Rel<Beneficiary>;

  @Index()
  @ManyToOne(() => SupportType)
  supportType!: Rel<SupportType>;

  /** YYYY-MM-DD (Riyadh), not after today. */
  @Property({ type: 'string', length: 10 })
  deliveredOn!: string;

  @Property({ type: 'integer' })
  quantity!: number;

  /** What was handed over, in the officer's words (items, cheque number, …). */
  @Property({ type: 'text', nullable: true })
  items?: string | null;

  @Index()
  @ManyToOne(() => User)
  handedOverBy!: Rel<User>;

  @Property({ type: 'string', length: 16 })
  acknowledgement!: Acknowledgement;

  @Index()
  @ManyToOne(() => BeneficiaryDocument)
  receipt!: Rel<BeneficiaryDocument>;
}
