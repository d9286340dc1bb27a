import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, Length } from 'class-validator';
import { describeEnum } from '../common/enums.js';
import { LocalizedText } from '../common/localized-text.js';
import { UserError } from '../common/payload.js';
import { SurveyMode } from './survey.entity.js';

describeEnum(SurveyMode, 'SurveyMode', 'How an answer was given.', {
  SELF: 'By the beneficiary through the survey link.',
  STAFF_ASSISTED: 'Given at an interview or by phone and recorded by an officer; reported apart.',
});

export const SurveyLinkState = {
  OPEN: 'OPEN',
  EXPIRED: 'EXPIRED',
  USED: 'USED',
  REVOKED: 'REVOKED',
  UNKNOWN: 'UNKNOWN',
} as const;
export type SurveyLinkState = (typeof SurveyLinkState)[keyof typeof SurveyLinkState];
describeEnum(SurveyLinkState, 'SurveyLinkState', 'Where a survey link stands.', {
  OPEN: 'Can be answered.',
  EXPIRED: 'Past its expiry; records nothing.',
  USED: 'Already answered; records nothing more.',
  REVOKED: 'Replaced by a newer link (officers see this; the public sees UNKNOWN).',
  UNKNOWN: 'No such link.',
});

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

@ObjectType('SurveyInvitation', {
  description: 'A survey link of a transaction, as officers see it (never the token).',
})
export class SurveyInvitationObject {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => Date, { description: 'When it was issued.' })
  issuedAt!: Date;

  @Field(() => Date, { description: 'When it stops working.' })
  expiresAt!: Date;

  @Field(() => SurveyLinkState, { description: 'Where it stands.' })
  state!: SurveyLinkState;

  @Field(() => SurveyMode, { nullable: true, description: 'How it was answered, once answered.' })
  answeredMode!: SurveyMode | null;

  @Field(() => Int, { nullable: true, description: 'Overall score given, once answered.' })
  overall!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why it was issued again after an earlier link (given by the officer).',
  })
  reissueReason!: string | null;

  @Field(() => Boolean, {
    description:
      'Issued on request by the officer the survey rates, or answered as recorded by that officer: its answer is left out of per-officer figures.',
  })
  selfRated!: boolean;
}

@ObjectType({ description: 'What the public survey page shows for a link; nothing personal.' })
export class PublicSurvey {
  @Field(() => SurveyLinkState, { description: 'OPEN, EXPIRED, USED or UNKNOWN.' })
  state!: SurveyLinkState;

  @Field(() => LocalizedText, { description: 'The association asking.' })
  organizationName!: LocalizedText;

  @Field(() => Date, { nullable: true, description: 'When the link stops working, while open.' })
  expiresAt!: Date | null;
}

@InputType({ description: 'Scores and comment of a survey answer.' })
export class SurveyAnswersInput {
  @Field(() => Int, { description: 'Overall satisfaction, 1–5.' })
  overall!: number;

  @Field(() => Int, { description: 'Courtesy of the staff, 1–5.' })
  courtesy!: number;

  @Field(() => Int, { description: 'Clarity of the information given, 1–5.' })
  clarity!: number;

  @Field(() => Int, { description: 'Speed of service, 1–5.' })
  speed!: number;

  @Field(() => Int, { description: 'Likelihood to recommend the association, 0–10.' })
  recommend!: number;

  @Field(() => String, { nullable: true, description: 'Comment (up to 2,000 characters).' })
  @IsOptional()
  comment?: string | null;
}

@InputType({ description: 'An answer through a survey link.' })
export class SurveySubmitInput {
  @Field(() => String, { description: 'The token from the link.' })
  @Length(1, 100)
  token!: string;

  @Field(() => SurveyAnswersInput, { description: 'The answers.' })
  answers!: SurveyAnswersInput;

  @Field(() => String, {
    nullable: true,
    description: 'A suggestion to the association (up to 2,000 characters); logged for follow-up.',
  })
  @IsOptional()
  suggestion?: string | null;
}

@ObjectType({ description: 'Result of answering a survey.' })
export class SurveySubmitPayload {
  @Field(() => Boolean, { description: 'True when the answer was recorded.' })
  recorded!: boolean;

  @Field(() => [UserError], {
    description:
      'Why nothing was recorded (TOKEN_UNKNOWN, TOKEN_EXPIRED, TOKEN_USED, INVALID_SCORE…).',
  })
  errors!: UserError[];
}

@InputType({ description: 'An answer given at an interview or by phone, recorded by an officer.' })
export class SurveyRecordAssistedInput {
  @Field(() => ID, { description: 'The closed transaction.' })
  transactionId!: string;

  @Field(() => SurveyAnswersInput, { description: 'The answers.' })
  answers!: SurveyAnswersInput;
}

@ObjectType({ description: 'Result of issuing a survey link.' })
export class SurveyInvitationIssuePayload {
  @Field(() => IssuedSurveyInvitation, { nullable: true, description: 'The new link.' })
  invitation!: IssuedSurveyInvitation | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of recording a staff-assisted answer.' })
export class SurveyRecordPayload {
  @Field(() => Boolean, { description: 'True when the answer was recorded.' })
  recorded!: boolean;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}
