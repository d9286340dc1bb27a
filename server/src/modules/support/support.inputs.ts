import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { Length, Max, Min } from 'class-validator';
import { LocalizedTextInput } from '../policy/policy-drafts.inputs.js';
import { TransactionChecklistInput } from '../transactions/transaction.inputs.js';
import { Acknowledgement, SupportFrequency, SupportUnit } from './support.enums.js';

@InputType({ description: 'A support type to add (no id) or change (by id).' })
export class SupportTypeSaveInput {
  @Field(() => ID, { nullable: true, description: 'The type to change; none to add one.' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'For a new type: its stable key, A–Z, digits and _ (INVALID_KEY, DUPLICATE_KEY). A type’s key never changes.',
  })
  @Length(0, 64)
  key?: string | null;

  @Field(() => LocalizedTextInput, { description: 'Its name in Arabic and English (≤ 120 each).' })
  name!: LocalizedTextInput;

  @Field(() => SupportUnit, { description: 'What it is counted in.' })
  unit!: SupportUnit;

  @Field(() => Int, {
    description:
      'Days back (0–730) the committee is warned that the same support was delivered to the same beneficiary.',
  })
  recentWindowDays!: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Offered for new approvals (default true for a new type; unchanged when null).',
  })
  active?: boolean | null;
}

@InputType({ description: 'What the committee approves on a support request awaiting it.' })
export class SupportAwardProposeInput {
  @Field(() => ID, { description: 'The transaction (a support request with the committee).' })
  transactionId!: string;

  @Field(() => String, { description: 'The support type’s key (one on offer).' })
  @Length(1, 64)
  supportTypeKey!: string;

  @Field(() => Int, { description: 'Riyals, items or sessions each time (1–1,000,000).' })
  quantity!: number;

  @Field(() => SupportFrequency, { description: 'How often.' })
  frequency!: SupportFrequency;

  @Field(() => Int, { description: 'For how many months the registration is valid (1–36).' })
  validityMonths!: number;
}

@InputType({
  description:
    'One delivery of the approved support (step 7), acknowledged by the recipient; the one completing what was approved closes the transaction, with the step’s checklist.',
})
export class SupportDeliveryRecordInput extends TransactionChecklistInput {
  @Field(() => String, { description: 'The day it was handed over, YYYY-MM-DD (not after today).' })
  @Length(0, 10)
  deliveredOn!: string;

  @Field(() => Int, {
    description: 'Riyals, items or sessions handed over (at most what is left).',
  })
  quantity!: number;

  @Field(() => String, { nullable: true, description: 'What exactly was handed over (≤ 500).' })
  @Length(0, 500)
  items?: string | null;

  @Field(() => Acknowledgement, { description: 'How the recipient acknowledged it.' })
  acknowledgement!: Acknowledgement;

  @Field(() => ID, {
    description:
      'The acknowledgement: a document of type DELIVERY_RECEIPT on the beneficiary’s file (a signature is a PNG).',
  })
  receiptDocumentId!: string;
}

@ArgsType()
export class SupportRenewalsArgs {
  @Field(() => Int, {
    defaultValue: 30,
    description:
      'Registrations ending within this many days (1–180); those lapsed in the last 30 too.',
  })
  @Min(1)
  @Max(180)
  withinDays!: number;

  @Field(() => Int, { defaultValue: 20, description: 'Page size, 1–100.' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor to continue after.' })
  after?: string | null;
}
