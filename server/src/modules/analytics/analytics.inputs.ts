import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { SurveyMode } from '../satisfaction/survey.enums.js';
import { TransactionStatus, TransactionType } from '../transactions/transaction.enums.js';

/** The inputs of the figures: the dashboard's period and the filters of statistics and reports. */

@InputType({
  description:
    'The period the dashboard’s period figures cover: [from, to), counted in whole Riyadh days (the figures are kept per day): from the day `from` falls in to the day of the period’s last instant.',
})
export class DashboardPeriod {
  @Field(() => Date, { description: 'Start (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  to!: Date;
}

@InputType({ description: 'Which transactions the statistics count.' })
export class TransactionStatsFilter {
  @Field(() => String, {
    nullable: true,
    description: 'First day opened (Riyadh time), YYYY-MM-DD, inclusive.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day opened, YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this channel (key).' })
  @IsOptional()
  @Length(1, 64)
  channelKey?: string | null;

  @Field(() => TransactionType, { nullable: true, description: 'Only this type.' })
  @IsOptional()
  type?: TransactionType | null;

  @Field(() => String, { nullable: true, description: 'Only those now at this step (key).' })
  @IsOptional()
  @Length(1, 64)
  stepKey?: string | null;

  @Field(() => [TransactionStatus], { nullable: true, description: 'Only these statuses.' })
  @IsOptional()
  @ArrayMaxSize(10)
  status?: TransactionStatus[] | null;

  @Field(() => Int, { nullable: true, description: 'Only this policy version (number).' })
  @IsOptional()
  policyVersion?: number | null;
}

@InputType({ description: 'Which survey invitations and answers the figures count.' })
export class SatisfactionFilter {
  @Field(() => String, {
    nullable: true,
    description: 'First day (issue date, Riyadh time), YYYY-MM-DD, inclusive.',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD, inclusive.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  to?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this channel (key).' })
  @IsOptional()
  @Length(1, 64)
  channelKey?: string | null;

  @Field(() => TransactionType, { nullable: true, description: 'Only this transaction type.' })
  @IsOptional()
  transactionType?: TransactionType | null;

  @Field(() => Int, { nullable: true, description: 'Only this policy version (number).' })
  @IsOptional()
  policyVersion?: number | null;

  @Field(() => SurveyMode, {
    nullable: true,
    description: 'Count only answers given this way; invitations are counted whatever the mode.',
  })
  @IsOptional()
  mode?: SurveyMode | null;
}
