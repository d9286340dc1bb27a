import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { FeedbackKind, FeedbackStatus, PolicyClause } from './feedback.enums.js';

@InputType({
  description: 'Filter for suggestions and complaints; all given conditions must hold.',
})
export class FeedbackFilter {
  @Field(() => [FeedbackStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(4)
  status?: FeedbackStatus[] | null;

  @Field(() => FeedbackKind, { nullable: true, description: 'This kind.' })
  @IsOptional()
  kind?: FeedbackKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to the caller.' })
  @IsOptional()
  assignedToMe?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only those a policy version answers.' })
  @IsOptional()
  answeredByPolicyVersion?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the subject or text, or a reference.',
  })
  @IsOptional()
  @Length(1, 80)
  search?: string | null;
}

@InputType({ description: 'A new suggestion or complaint.' })
export class FeedbackCreateInput {
  @Field(() => FeedbackKind, { description: 'Suggestion or complaint.' })
  kind!: FeedbackKind;

  @Field(() => String, { nullable: true, description: 'Channel it came by (key).' })
  @IsOptional()
  @Length(1, 64)
  channelKey?: string | null;

  @Field(() => String, { description: 'Short subject (3–200 characters).' })
  subject!: string;

  @Field(() => String, { description: 'What was said (up to 4,000 characters).' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The beneficiary concerned.' })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of the transaction concerned.' })
  @IsOptional()
  @Length(1, 20)
  transactionReference?: string | null;

  @Field(() => PolicyClause, { nullable: true, description: 'The part of the policy it concerns.' })
  @IsOptional()
  clause?: PolicyClause | null;

  @Field(() => String, { nullable: true, description: 'Key (or place) of that part.' })
  @IsOptional()
  @Length(1, 64)
  clauseKey?: string | null;
}

@InputType({ description: 'Follow-up of a suggestion or complaint; omitted fields stay.' })
export class FeedbackUpdateInput {
  @Field(() => ID, { description: 'The item.' })
  id!: string;

  @Field(() => FeedbackStatus, { nullable: true, description: 'New status (forward only).' })
  @IsOptional()
  status?: FeedbackStatus | null;

  @Field(() => ID, { nullable: true, description: 'Who follows it up (staff or manager).' })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The response given (required to answer).' })
  @IsOptional()
  response?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The policy version (draft or in force) that answers it.',
  })
  @IsOptional()
  answeredByPolicyVersion?: number | null;
}

@InputType({ description: 'Closing an improvement action with what was done.' })
export class ImprovementActionCloseInput {
  @Field(() => ID, { description: 'The action.' })
  id!: string;

  @Field(() => String, { description: 'What was done (3–4,000 characters).' })
  actionTaken!: string;
}
