import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { PerformerRole, ToolKind, WindowUnit } from './policy.enums.js';

@InputType({ description: 'A text in Arabic and in English.' })
export class LocalizedTextInput {
  @Field(() => String, { description: 'Arabic text.' })
  ar!: string;

  @Field(() => String, { description: 'English text.' })
  en!: string;
}

@InputType({ description: 'A detailed objective, with optional sub-items.' })
export class PolicyObjectiveInput {
  @Field(() => LocalizedTextInput, { description: 'Its text.' })
  text!: LocalizedTextInput;

  @Field(() => [LocalizedTextInput], { nullable: true, description: 'Sub-items, in order.' })
  @IsOptional()
  @ArrayMaxSize(20)
  children?: LocalizedTextInput[] | null;
}

@InputType({ description: 'A channel of the draft.' })
export class ChannelInput {
  @Field(() => String, {
    description:
      'Stable key, UPPER_SNAKE (e.g. WHATSAPP); keep an existing key to keep the channel.',
  })
  key!: string;

  @Field(() => LocalizedTextInput, { description: 'Name.' })
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'What it is and how it is used.' })
  description!: LocalizedTextInput;
}

@InputType({ description: 'A tool of the draft.' })
export class ToolInput {
  @Field(() => String, { description: 'Stable key, UPPER_SNAKE.' })
  key!: string;

  @Field(() => ToolKind, { description: 'Kind of document.' })
  kind!: ToolKind;

  @Field(() => LocalizedTextInput, { description: 'Name.' })
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'What it is for.' })
  description!: LocalizedTextInput;
}

@InputType({ description: 'An item of a step’s checklist.' })
export class ChecklistItemInput {
  @Field(() => String, { description: 'Stable key within the step, UPPER_SNAKE.' })
  key!: string;

  @Field(() => LocalizedTextInput, { description: 'What to check.' })
  text!: LocalizedTextInput;

  @Field(() => Boolean, { description: 'The step cannot be completed without it.' })
  required!: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'The key of a document type (documentTypes) the item asks for on file: the step cannot end until the beneficiary has a current one (UNKNOWN_DOCUMENT_TYPE when no such type). Null: none.',
  })
  documentTypeKey?: string | null;
}

@InputType({ description: 'A handling step of the draft.' })
export class HandlingStepInput {
  @Field(() => String, {
    description:
      'Stable key. The seven steps of the workflow (RECEPTION … DELIVERY) must all be present; other keys add a step completed by its checklist.',
  })
  key!: string;

  @Field(() => LocalizedTextInput, { description: 'Short title.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'The policy’s sentence for the step.' })
  text!: LocalizedTextInput;

  @Field(() => PerformerRole, { description: 'Who performs it.' })
  performerRole!: PerformerRole;

  @Field(() => Boolean, { description: 'Performed only under a condition (the referral step).' })
  conditional!: boolean;

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'The condition, when conditional.',
  })
  @IsOptional()
  condition?: LocalizedTextInput | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Time limit in days, 1–365 (the committee window).',
  })
  @IsOptional()
  windowDays?: number | null;

  @Field(() => WindowUnit, {
    nullable: true,
    description:
      'What the time limit counts: WORKING days (Sunday–Thursday, holidays skipped) or CALENDAR days (when absent).',
  })
  @IsOptional()
  windowUnit?: WindowUnit | null;

  @Field(() => [String], { description: 'Keys of the tools it uses.' })
  @ArrayMaxSize(30)
  toolKeys!: string[];

  @Field(() => [ChecklistItemInput], { description: 'Its checklist, in order.' })
  @ArrayMaxSize(40)
  checklist!: ChecklistItemInput[];
}

@InputType({
  description: 'The whole content of a draft policy version; replaces what the draft had.',
})
export class PolicyDraftSaveInput {
  @Field(() => Int, { description: 'Number of the draft.' })
  number!: number;

  @Field(() => LocalizedTextInput, { description: 'Title of the policy document.' })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'Preface; paragraphs separated by blank lines.' })
  preface!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'The general objective.' })
  generalObjective!: LocalizedTextInput;

  @Field(() => [PolicyObjectiveInput], { description: 'Detailed objectives, in order.' })
  @ArrayMaxSize(40)
  objectives!: PolicyObjectiveInput[];

  @Field(() => [ChannelInput], { description: 'Channels, in order.' })
  @ArrayMaxSize(40)
  channels!: ChannelInput[];

  @Field(() => [ToolInput], { description: 'Tools, in order.' })
  @ArrayMaxSize(30)
  tools!: ToolInput[];

  @Field(() => [HandlingStepInput], { description: 'Handling steps, in order.' })
  @ArrayMaxSize(20)
  steps!: HandlingStepInput[];
}

@InputType({
  description: 'The board’s approval of a draft: activates it and supersedes the version in force.',
})
export class PolicyApproveInput {
  @Field(() => Int, { description: 'Number of the draft.' })
  number!: number;

  @Field(() => LocalizedTextInput, {
    description: 'The approving body, e.g. the board of directors.',
  })
  body!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, { description: 'The board’s term (دورة).' })
  boardTerm!: LocalizedTextInput;

  @Field(() => String, { description: 'Gregorian date of the approval, YYYY-MM-DD.' })
  approvedOnGregorian!: string;

  @Field(() => String, {
    description: 'Umm al-Qura Hijri date, YYYY-MM-DD; must be the same day as the Gregorian date.',
  })
  approvedOnHijri!: string;

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description: 'Note, such as what it replaces.',
  })
  @IsOptional()
  note?: LocalizedTextInput | null;
}

@InputType({
  description: 'Starting a draft: nothing to give, it copies the version in force.',
})
export class PolicyDraftCreateInput {
  @Field(() => String, {
    nullable: true,
    description:
      'An identifier the client chooses for this request, returned as is in the payload (Relay’s convention).',
  })
  @IsOptional()
  clientMutationId?: string | null;
}

@InputType({ description: 'The draft to delete.' })
export class PolicyDraftDiscardInput {
  @Field(() => Int, { description: 'Number of the draft.' })
  number!: number;
}
