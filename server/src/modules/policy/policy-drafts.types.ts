import { ArrayMaxSize, IsOptional } from 'class-validator';
import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { describeEnum } from '../common/enums.js';
import { LocalizedText } from '../common/localized-text.js';
import { UserError } from '../common/payload.js';
import { PerformerRole, ToolKind } from './policy.enums.js';
import { PolicyVersion } from './policy-version.entity.js';
import type { ChangeKind, PolicySection } from './policy-diff.js';

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

@ObjectType({ description: 'Result of a change to a policy version.' })
export class PolicyVersionPayload {
  @Field(() => PolicyVersion, { nullable: true, description: 'The version after the change.' })
  policyVersion!: PolicyVersion | null;

  @Field(() => [UserError], { description: 'Problems with the input; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of discarding a draft.' })
export class PolicyDraftDiscardPayload {
  @Field(() => Int, { nullable: true, description: 'Number of the discarded draft.' })
  discardedNumber!: number | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

export const PolicySectionEnum = {
  TEXT: 'TEXT',
  OBJECTIVE: 'OBJECTIVE',
  CHANNEL: 'CHANNEL',
  TOOL: 'TOOL',
  STEP: 'STEP',
  CHECKLIST_ITEM: 'CHECKLIST_ITEM',
} as const satisfies Record<PolicySection, PolicySection>;
describeEnum(PolicySectionEnum, 'PolicySection', 'A part of the policy.', {
  TEXT: 'The title, preface or general objective.',
  OBJECTIVE: 'A detailed objective (keyed by its place, e.g. 6.2).',
  CHANNEL: 'A communication channel.',
  TOOL: 'A tool of the officer.',
  STEP: 'A handling step.',
  CHECKLIST_ITEM: 'An item of a step’s checklist (keyed STEP/ITEM).',
});

export const ChangeKindEnum = {
  ADDED: 'ADDED',
  REMOVED: 'REMOVED',
  CHANGED: 'CHANGED',
} as const satisfies Record<ChangeKind, ChangeKind>;
describeEnum(ChangeKindEnum, 'PolicyChangeKind', 'How an item differs between two versions.', {
  ADDED: 'Only in the newer version.',
  REMOVED: 'Only in the older version.',
  CHANGED: 'In both, with different content or place.',
});

@ObjectType({ description: 'One difference between two policy versions.' })
export class PolicyChange {
  @Field(() => PolicySectionEnum, { description: 'Which part of the policy.' })
  section!: PolicySection;

  @Field(() => String, {
    description:
      'The item: its key, STEP/ITEM for a checklist item, its place for an objective, the field for a text.',
  })
  key!: string;

  @Field(() => ChangeKindEnum, { description: 'Added, removed or changed.' })
  kind!: ChangeKind;

  @Field(() => [String], {
    description:
      'For a change: the fields that differ (name, description, position, windowDays, …).',
  })
  fields!: string[];

  @Field(() => LocalizedText, {
    description: 'The item’s name or text (the newer side’s when both).',
  })
  label!: LocalizedText;
}

@ObjectType({ description: 'What changed from one policy version to another.' })
export class PolicyVersionDiff {
  @Field(() => PolicyVersion, { description: 'The older side.' })
  from!: PolicyVersion;

  @Field(() => PolicyVersion, { description: 'The newer side.' })
  to!: PolicyVersion;

  @Field(() => [PolicyChange], { description: 'The differences, section by section.' })
  changes!: PolicyChange[];
}
