import {
  Collection,
  Entity,
  EntityRepositoryType,
  Index,
  ManyToOne,
  OneToMany,
  Property,
  QueryOrder,
  Unique,
  type Opt,
  type Ref,
  type Rel,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { Channel } from '../policy/channel.entity.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import {
  TransactionEventKind,
  TransactionOutcome,
  TransactionStatus,
  TransactionType,
} from './transaction.enums.js';
import { TransactionRepository } from './transaction.repository.js';

/** A beneficiary's transaction (معاملة), handled under the policy version in force when opened. */
@Entity({ tableName: 'beneficiary_transaction', repository: () => TransactionRepository })
@Index({ properties: ['status', 'openedAt'] })
@Index({ properties: ['currentStep', 'status'] })
@Index({ properties: ['type', 'openedAt'] })
/**
 * The committee's queue in its order (awaiting a decision or deferred, the earliest due first):
 * without it PostgreSQL walked the due-date index past every closed transaction that once went to
 * the committee (migration 20261207_committee_queue_index). MikroORM compares an index with an
 * expression by its name only.
 */
@Index({
  name: 'beneficiary_transaction_committee_queue_index',
  expression: `create index "beneficiary_transaction_committee_queue_index" on "beneficiary_transaction" ("committee_due_at", "id") where "status" in ('AWAITING_COMMITTEE', 'DEFERRED')`,
})
/**
 * The researcher's queue in its order (referred, the research due first): the referred rows only,
 * as the committee's (migration 20261207_referral_due).
 */
@Index({
  name: 'beneficiary_transaction_referral_queue_index',
  expression: `create index "beneficiary_transaction_referral_queue_index" on "beneficiary_transaction" ("referral_due_at", "id") where "status" = 'REFERRED'`,
})
export class Transaction extends BaseEntity {
  [EntityRepositoryType]?: TransactionRepository;

  /** Human-readable reference, e.g. MSR-2026-000042. */
  @Property({ type: 'string', length: 20 })
  @Unique()
  reference!: string;

  /**
   * Indexed on both engines (SQLite indexed every foreign key already; PostgreSQL does not): the
   * name search and a beneficiary's transactions read by it.
   */
  @ManyToOne(() => Beneficiary)
  @Index()
  beneficiary!: Rel<Beneficiary>;

  @Index()
  @ManyToOne(() => Channel)
  channel!: Rel<Channel>;

  @Property({ type: 'string', length: 16 })
  type!: TransactionType;

  @Property({ type: 'string', length: 200 })
  subject!: string;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  assignee?: Rel<User> | null;

  @Index()
  @ManyToOne(() => PolicyVersion)
  policyVersion!: Rel<PolicyVersion>;

  @ManyToOne(() => HandlingStep)
  currentStep!: Rel<HandlingStep>;

  @Property({ type: 'string', length: 20 })
  status: Opt<TransactionStatus> = TransactionStatus.OPEN;

  @Property({ type: 'string', length: 12, nullable: true })
  outcome?: TransactionOutcome | null;

  /** Optimistic lock: every change increments it; a stale expectedVersion is a CONFLICT. */
  @Property({ type: 'integer', version: true })
  version!: Opt<number>;

  @Property({ type: 'Date' })
  @Index()
  openedAt!: Date;

  @Property({ type: 'Date', nullable: true })
  closedAt?: Date | null;

  /** While referred: the step to return to. */
  @Index()
  @ManyToOne(() => HandlingStep, { nullable: true })
  returnStep?: Rel<HandlingStep> | null;

  @Property({ type: 'Date', nullable: true })
  committeeSubmittedAt?: Date | null;

  /** Submission + the committee window, moved later by the time spent deferred. */
  @Property({ type: 'Date', nullable: true })
  @Index()
  committeeDueAt?: Date | null;

  @Property({ type: 'Date', nullable: true })
  deferredAt?: Date | null;

  /**
   * While referred (step 3): when the social research is due, the referral + the REFERRAL step's
   * window (referral-due.ts); cleared when it returns or is withdrawn.
   */
  @Property({ type: 'Date', nullable: true })
  referralDueAt?: Date | null;

  /** When its latest timeline event happened (the next event's gap is measured from it). */
  @Property({ type: 'Date', nullable: true })
  lastEventAt?: Date | null;

  /** SHA-256 of the beneficiary's data as attested at step 4. */
  @Property({ type: 'string', length: 64, nullable: true })
  attestedDataHash?: string | null;

  @OneToMany(() => TransactionEvent, (e) => e.transaction, { orderBy: { id: QueryOrder.ASC } })
  events = new Collection<TransactionEvent>(this);
}

/** One entry of a transaction's timeline: who, when, what, note. Never changed. */
@Entity({ tableName: 'transaction_event' })
@Index({ properties: ['kind', 'at'] })
// Covering the days-per-step figure: the events of a period with their step, transaction and gap.
@Index({ properties: ['at', 'step', 'transaction', 'gapSeconds'] })
export class TransactionEvent {
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  /**
   * A reference (not the entity): a timeline loaded for a page of transactions then reads the
   * events alone, where MikroORM joined each event to its transaction's row to tell them apart.
   */
  @Index()
  @ManyToOne(() => Transaction, { ref: true })
  transaction!: Ref<Transaction>;

  @Property({ type: 'string', length: 32 })
  kind!: TransactionEventKind;

  /** The step it happened at. */
  @Index()
  @ManyToOne(() => HandlingStep)
  step!: Rel<HandlingStep>;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  actor?: Rel<User> | null;

  @Property({ type: 'string', length: 64 })
  actorName!: string;

  @Property({ type: 'Date' })
  at!: Date;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  /** JSON details: checked items, referral reason, attestation, decision. */
  @Property({ type: 'text', nullable: true })
  data?: string | null;

  /**
   * Seconds since the transaction's previous event (null for the first): the time spent at
   * `step` before this event, written once so reports sum stays without ordering timelines.
   */
  @Property({ type: 'integer', nullable: true })
  gapSeconds?: number | null;
}
