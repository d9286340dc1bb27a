import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalizedText } from '../common/localized-text.js';
import { UserError } from '../common/payload.js';
import { IssuedSurveyInvitation } from '../transactions/transaction.types.js';
import type { SurveyInvitation, SurveyResponse } from './survey.entity.js';
import { SurveyLinkState, SurveyMode } from './survey.enums.js';

@ObjectType('SurveyInvitation', {
  description: 'A survey link of a transaction, as officers see it (never the token).',
})
export class SurveyInvitationType {
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

@ObjectType({ description: 'Result of issuing a survey link.' })
export class SurveyInvitationIssuePayload {
  @Field(() => IssuedSurveyInvitation, { nullable: true, description: 'The new link.' })
  invitation!: IssuedSurveyInvitation | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

/**
 * What recording an answer returns; each mutation has its own subclass. Abstract: no field
 * returns it, so it is not in the schema (type-graphql 2.0-rc has no `isAbstract`).
 */
@ObjectType()
abstract class SurveyAnswerResult {
  @Field(() => Boolean, { description: 'True when the answer was recorded.' })
  recorded!: boolean;

  @Field(() => [UserError], {
    description:
      'Why nothing was recorded (TOKEN_UNKNOWN, TOKEN_EXPIRED, TOKEN_USED, INVALID_SCORE…); empty on success.',
  })
  errors!: UserError[];
}

@ObjectType({ description: 'Result of answering a survey.' })
export class SurveySubmitPayload extends SurveyAnswerResult {}

@ObjectType({ description: 'Result of recording a staff-assisted answer.' })
export class SurveyRecordAssistedPayload extends SurveyAnswerResult {}

/** A survey link as officers see it, with its answer if it has one. */
export function toSurveyInvitation(
  i: SurveyInvitation,
  response: SurveyResponse | null,
  state: SurveyLinkState,
): SurveyInvitationType {
  return {
    id: i.id,
    issuedAt: i.issuedAt,
    expiresAt: i.expiresAt,
    state: i.revokedAt ? SurveyLinkState.REVOKED : state,
    answeredMode: response?.mode ?? null,
    overall: response?.overall ?? null,
    reissueReason: i.reissueReason ?? null,
    selfRated: i.issuedByOfficer || Boolean(response?.selfRated),
  };
}
