import {
  Entity,
  EntityRepositoryType,
  Index,
  ManyToOne,
  Property,
  Unique,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { FeedbackKind, FeedbackSource, FeedbackStatus, PolicyClause } from './feedback.enums.js';
import { FeedbackItemRepository } from './feedback.repository.js';

/** A suggestion or complaint (اقتراح أو شكوى), from any channel or the end of a survey. */
@Entity({ tableName: 'feedback_item', repository: () => FeedbackItemRepository })
@Index({ properties: ['status', 'receivedAt'] })
@Index({ properties: ['kind', 'receivedAt'] })
export class FeedbackItem extends BaseEntity {
  [EntityRepositoryType]?: FeedbackItemRepository;

  /** FB-<year>-<id>, for people. */
  @Property({ type: 'string', length: 20 })
  @Unique()
  reference!: string;

  @Property({ type: 'string', length: 12 })
  kind!: FeedbackKind;

  @Property({ type: 'string', length: 8 })
  source!: FeedbackSource;

  /** Channel it came by (a channel key of the policy), when known. */
  @Property({ type: 'string', length: 64, nullable: true })
  channelKey?: string | null;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;

  /** Subject and body folded for search (see foldArabic). */
  @Property({ type: 'text' })
  searchText!: string;

  @Index()
  @ManyToOne(() => Beneficiary, { nullable: true })
  beneficiary?: Rel<Beneficiary> | null;

  @Index()
  @ManyToOne(() => Transaction, { nullable: true })
  transaction?: Rel<Transaction> | null;

  @Property({ type: 'string', length: 12, nullable: true })
  clause?: PolicyClause | null;

  /** Key of the channel/tool/step, or the objective's place (e.g. 6.2). */
  @Property({ type: 'string', length: 64, nullable: true })
  clauseKey?: string | null;

  @Property({ type: 'string', length: 16 })
  status: Opt<FeedbackStatus> = FeedbackStatus.NEW;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  assignee?: Rel<User> | null;

  @Property({ type: 'text', nullable: true })
  response?: string | null;

  @Property({ type: 'Date' })
  receivedAt!: Date;

  @Property({ type: 'Date', nullable: true })
  answeredAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  closedAt?: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  createdBy?: Rel<User> | null;

  /** The policy version (a draft, then in force) that answers it, when one does. */
  @Index()
  @ManyToOne(() => PolicyVersion, { nullable: true })
  answeredByPolicy?: Rel<PolicyVersion> | null;
}
