import { Field, ID, InputType, Int } from 'type-graphql';
import {
  ArrayMaxSize,
  IsOptional,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  CommitteeDecision,
  SortDirection,
  TransactionEventKind,
  TransactionSortField,
  TransactionStatus,
  TransactionType,
} from './transaction.enums.js';
import { parseId } from '../common/input.js';

@InputType({
  description:
    'A timeline event the transaction must have had: all given conditions hold for one event.',
})
export class TransactionEventCondition {
  @Field(() => [TransactionEventKind], { nullable: true, description: 'Any of these kinds.' })
  @IsOptional()
  @ArrayMaxSize(14)
  kinds?: TransactionEventKind[] | null;

  @Field(() => String, {
    nullable: true,
    description:
      'At this step (key); the event then also ends a stay at it (not the opening event), as days per step count.',
  })
  @IsOptional()
  @Length(1, 64)
  stepKey?: string | null;

  @Field(() => Date, { nullable: true, description: 'At or after this time.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Before this time (exclusive).' })
  @IsOptional()
  to?: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'A referral giving this reason (key).',
  })
  @IsOptional()
  @Length(1, 64)
  @Matches(/^[A-Z0-9_]+$/)
  referralReasonKey?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'A committee decision made after its due date (true) or by it (false).',
  })
  @IsOptional()
  late?: boolean | null;
}

@InputType({ description: 'Filter for the transactions list; all given conditions must hold.' })
export class TransactionFilter {
  @Field(() => [TransactionStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(5)
  status?: TransactionStatus[] | null;

  @Field(() => TransactionType, { nullable: true, description: 'This type.' })
  @IsOptional()
  type?: TransactionType | null;

  @Field(() => String, { nullable: true, description: 'Current step key, e.g. COMMITTEE.' })
  @IsOptional()
  @Length(1, 64)
  stepKey?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to the caller.' })
  @IsOptional()
  assignedToMe?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only those past their committee due date.',
  })
  @IsOptional()
  committeeOverdue?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'Only this beneficiary’s.' })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference, or its beginning.' })
  @IsOptional()
  @Length(1, 20)
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Reference (or its beginning), beneficiary name (Arabic letter forms folded), national ID prefix or mobile.',
  })
  @IsOptional()
  @Length(1, 80)
  search?: string | null;

  @Field(() => String, { nullable: true, description: 'Key of the channel, e.g. PHONE.' })
  @IsOptional()
  @Length(1, 64)
  channelKey?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only those assigned to this user.' })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Opened at or after this time.' })
  @IsOptional()
  openedFrom?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Opened before this time (exclusive).' })
  @IsOptional()
  openedTo?: Date | null;

  @Field(() => TransactionEventCondition, {
    nullable: true,
    description:
      'Had a timeline event like this (e.g. referred for a reason, or decided late, in a period): the dashboard’s drill-downs.',
  })
  @IsOptional()
  @ValidateNested()
  event?: TransactionEventCondition | null;
}

@InputType({ description: 'Order of the transactions list.' })
export class TransactionSort {
  @Field(() => TransactionSortField, { description: 'The field.' })
  field!: TransactionSortField;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'The direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'Open a transaction at step 1 under the active policy.' })
export class TransactionOpenInput {
  @Field(() => ID, { description: 'The beneficiary.' })
  beneficiaryId!: string;

  @Field(() => String, { description: 'Key of the channel it came in by, e.g. PHONE.' })
  @Length(1, 64)
  channelKey!: string;

  @Field(() => TransactionType, { description: 'Inquiry or support request.' })
  type!: TransactionType;

  @Field(() => String, { description: 'What it is about (3–200 characters).' })
  @Length(3, 200)
  subject!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The officer to assign; the caller when omitted.',
  })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'Note for the timeline.' })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

/**
 * Which transaction, at which version (optimistic locking): every action's input starts so.
 * Abstract: no argument takes it, so it is not in the schema.
 */
@InputType()
export abstract class TransactionTargetInput {
  @Field(() => ID, { description: 'The transaction.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a newer one means CONFLICT.' })
  @Min(1)
  @Max(2_000_000_000)
  expectedVersion!: number;

  @Field(() => String, { nullable: true, description: 'Note for the timeline.' })
  @IsOptional()
  @Length(0, 2000)
  note?: string | null;
}

/** The target of an action as the services take it: the id parsed. */
export const targetOf = (input: TransactionTargetInput) => ({
  id: parseId(input.id, 'id'),
  expectedVersion: input.expectedVersion,
  note: input.note,
});

@InputType({ description: 'Complete the current step.' })
export class TransactionCompleteStepInput extends TransactionTargetInput {
  @Field(() => [String], { description: 'Keys of the checklist items checked.' })
  @ArrayMaxSize(50)
  checkedItems!: string[];
}

@InputType({ description: 'Refer to the social-research officer.' })
export class TransactionReferInput extends TransactionTargetInput {
  @Field(() => ID, { description: 'The researcher.' })
  researcherId!: string;

  @Field(() => String, { description: 'Key of a referral reason.' })
  @Length(1, 64)
  reasonKey!: string;
}

@InputType({ description: 'Close an inquiry after step 1.' })
export class TransactionCloseInquiryInput extends TransactionTargetInput {}

/**
 * The checklist items an action at a step with a checklist records (all but completing a step,
 * whose items are required in the schema too). Abstract: not in the schema itself.
 */
@InputType()
export abstract class TransactionChecklistInput extends TransactionTargetInput {
  @Field(() => [String], {
    nullable: true,
    description:
      'Keys of the current step’s checklist items checked (none when omitted); an action that ends the step needs every required one (CHECKLIST_INCOMPLETE).',
  })
  @IsOptional()
  @ArrayMaxSize(50)
  checkedItems?: string[] | null;
}

@InputType({
  description:
    'Submit to the research committee (step 5), with the step’s checklist items done before it.',
})
export class TransactionSubmitToCommitteeInput extends TransactionChecklistInput {}

@InputType({ description: 'Return a deferred request to the committee.' })
export class TransactionResumeInput extends TransactionTargetInput {}

@InputType({ description: 'Return a referral.' })
export class TransactionReturnFromReferralInput extends TransactionTargetInput {
  @Field(() => String, { description: 'The guidance given to the beneficiary.' })
  @Length(0, 4000)
  guidance!: string;
}

@InputType({ description: 'Record the applicant’s attestation (step 4).' })
export class TransactionAttestInput extends TransactionTargetInput {
  @Field(() => String, { description: 'The attestation text shown to the applicant.' })
  @Length(0, 4000)
  attestationText!: string;

  @Field(() => Boolean, { description: 'The applicant confirmed it.' })
  applicantConfirmed!: boolean;
}

@InputType({
  description:
    'A committee decision, with the step’s checklist items it checks (an approval or a rejection ends step 5: its required items, counting those checked on submitting).',
})
export class TransactionDecideInput extends TransactionChecklistInput {
  @Field(() => CommitteeDecision, { description: 'Approve, reject or defer.' })
  decision!: CommitteeDecision;

  @Field(() => String, { description: 'The reason (required for every decision).' })
  @Length(0, 4000)
  reason!: string;
}

@InputType({
  description: 'Record the service delivered (step 7), with the step’s checklist (required items).',
})
export class TransactionDeliverInput extends TransactionChecklistInput {
  @Field(() => String, { description: 'What was delivered.' })
  @Length(0, 4000)
  serviceDelivered!: string;
}

@InputType({ description: 'Withdraw a transaction.' })
export class TransactionWithdrawInput extends TransactionTargetInput {
  @Field(() => String, { description: 'Why.' })
  @Length(0, 4000)
  reason!: string;
}

@InputType({ description: 'Add a referral reason, or change one by its key.' })
export class ReferralReasonSaveInput {
  @Field(() => String, { description: 'Stable key: 2–64 of A–Z, 0–9 and _.' })
  @Matches(/^[A-Z0-9_]{2,64}$/, { message: 'key must be 2–64 of A-Z 0-9 _' })
  key!: string;

  @Field(() => String, { description: 'Arabic label.' })
  @Length(2, 120)
  labelAr!: string;

  @Field(() => String, { description: 'English label.' })
  @Length(2, 120)
  labelEn!: string;

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'False retires it: kept on past referrals, no longer offered.',
  })
  active!: boolean;
}
