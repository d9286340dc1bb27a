import { IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';

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

@InputType({ description: 'An answer given at an interview or by phone, recorded by an officer.' })
export class SurveyRecordAssistedInput {
  @Field(() => ID, { description: 'The closed transaction.' })
  transactionId!: string;

  @Field(() => SurveyAnswersInput, { description: 'The answers.' })
  answers!: SurveyAnswersInput;
}

@InputType({ description: 'A new survey link for a closed transaction.' })
export class SurveyInvitationIssueInput {
  @Field(() => ID, { description: 'The closed transaction.' })
  transactionId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Why a new link is needed, when one was already issued (3–500 characters).',
  })
  @IsOptional()
  reason?: string | null;
}
