import { Entity, Index, ManyToOne, Property, Unique, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Transaction } from '../transactions/transaction.entity.js';
import type { ResearchRecommendation } from './research.enums.js';

/**
 * A home visit of the social research (step 3): scheduled by the researcher the transaction is
 * referred to, then recorded (the day, who was present, what was found, the recommendation).
 * Personal data: read by the roles that read the transaction.
 */
@Entity({ tableName: 'home_visit' })
export class HomeVisit extends BaseEntity {
  @Index()
  @ManyToOne(() => Transaction)
  transaction!: Rel<Transaction>;

  /** YYYY-MM-DD (Gregorian; entered in either calendar). */
  @Property({ type: 'string', length: 10 })
  scheduledFor!: string;

  /** YYYY-MM-DD once the visit was made. */
  @Property({ type: 'string', length: 10, nullable: true })
  visitedOn?: string | null;

  @Property({ type: 'text', nullable: true })
  present?: string | null;

  @Property({ type: 'text', nullable: true })
  findings?: string | null;

  @Property({ type: 'string', length: 24, nullable: true })
  recommendation?: ResearchRecommendation | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  scheduledBy?: Rel<User> | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  recordedBy?: Rel<User> | null;
}

/** The social report the committee reads: one per transaction, rewritten while it is referred. */
@Entity({ tableName: 'social_report' })
export class SocialReport extends BaseEntity {
  @Unique()
  @ManyToOne(() => Transaction)
  transaction!: Rel<Transaction>;

  @Property({ type: 'text' })
  body!: string;

  @Property({ type: 'string', length: 24 })
  recommendation!: ResearchRecommendation;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  author?: Rel<User> | null;
}
