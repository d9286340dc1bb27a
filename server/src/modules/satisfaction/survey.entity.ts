import {
  Entity,
  Index,
  ManyToOne,
  OneToOne,
  Property,
  Unique,
  type Opt,
  type Rel,
} from '@mikro-orm/core';
import { BaseEntity } from '../common/base.entity.js';
import { User } from '../accounts/user.entity.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { SurveyMode } from './survey.enums.js';

/**
 * An invitation to rate a closed transaction: a one-time link whose token is stored only as a
 * hash. It carries the facts reports group by (channel, type, policy version, officer, handling
 * time, period keys in Riyadh time), so every figure is one aggregate over this table and its
 * answers, with numerator and denominator filtered the same way.
 */
@Entity({ tableName: 'survey_invitation' })
@Index({ properties: ['issuedDay'] })
@Index({ properties: ['channelKey', 'issuedDay'] })
export class SurveyInvitation extends BaseEntity {
  @Index()
  @ManyToOne(() => Transaction)
  transaction!: Rel<Transaction>;

  /** SHA-256 of the token (hex). */
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Property({ type: 'Date' })
  issuedAt!: Date;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', nullable: true })
  usedAt?: Date | null;

  /** Replaced by a newer invitation for the same transaction. */
  @Property({ type: 'Date', nullable: true })
  revokedAt?: Date | null;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  issuedBy?: Rel<User> | null;

  /**
   * Issued on an officer's request (not by the closing action) by the officer the link rates:
   * its answer is not a fair measure of that officer and is left out of per-officer figures.
   */
  @Property({ type: 'boolean', default: false })
  issuedByOfficer: Opt<boolean> = false;

  /** Why a link was issued again after an earlier one (required then); free text. */
  @Property({ type: 'text', nullable: true })
  reissueReason?: string | null;

  // Facts for the reports, copied when issued.
  @Property({ type: 'string', length: 64 })
  channelKey!: string;

  @Property({ type: 'string', length: 16 })
  transactionType!: string;

  @Property({ type: 'integer' })
  policyVersionNumber!: number;

  /** The officer the transaction was assigned to when it closed. */
  @Index()
  @ManyToOne(() => User, { nullable: true })
  officer?: Rel<User> | null;

  @Property({ type: 'integer' })
  handlingDays!: number;

  @Property({ type: 'string', length: 10 })
  handlingBucket!: string;

  @Property({ type: 'string', length: 10 })
  issuedDay!: string;

  @Property({ type: 'string', length: 10 })
  issuedWeek!: string;

  @Property({ type: 'string', length: 7 })
  issuedMonth!: string;

  @Property({ type: 'string', length: 7 })
  issuedHijriMonth!: string;
}

/** One answer to a survey: self-submitted through the link, or recorded by an officer. */
@Entity({ tableName: 'survey_response' })
export class SurveyResponse extends BaseEntity {
  @OneToOne(() => SurveyInvitation, { owner: true, unique: true })
  invitation!: Rel<SurveyInvitation>;

  @Property({ type: 'Date' })
  submittedAt!: Date;

  @Property({ type: 'string', length: 16 })
  mode!: SurveyMode;

  @Index()
  @ManyToOne(() => User, { nullable: true })
  recordedBy?: Rel<User> | null;

  /**
   * Answered through a link the rated officer issued on request, or recorded by that officer:
   * kept and shown, but left out of per-officer figures.
   */
  @Property({ type: 'boolean', default: false })
  selfRated: Opt<boolean> = false;

  /** 1–5 */
  @Property({ type: 'smallint' })
  overall!: number;

  @Property({ type: 'smallint' })
  courtesy!: number;

  @Property({ type: 'smallint' })
  clarity!: number;

  @Property({ type: 'smallint' })
  speed!: number;

  /** 0–10, likelihood to recommend. */
  @Property({ type: 'smallint' })
  recommend!: number;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;

  /** The comment with numbers, e-mail addresses and the beneficiary's name masked: what analysts read. */
  @Property({ type: 'text', nullable: true })
  commentRedacted?: string | null;

  /** The comment folded for search (see foldArabic). */
  @Property({ type: 'text', nullable: true })
  commentFolded?: string | null;

  /** The de-identified comment folded for search: what analysts search (see redact-store.ts). */
  @Property({ type: 'text', nullable: true })
  commentRedactedFolded?: string | null;
}
