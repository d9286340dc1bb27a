import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { Arg, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { Role } from '../accounts/role.js';
import { describeEnum } from '../common/enums.js';
import { forbidden } from '../common/errors.js';
import { SatisfactionFigures, SatisfactionFilter } from '../satisfaction/analytics.resolver.js';
import * as satisfaction from '../satisfaction/analytics.service.js';
import { TransactionStatus, TransactionType } from '../transactions/transaction.enums.js';
import * as stats from './stats.service.js';

const READERS = [Role.MANAGER, Role.ANALYST];

/** The transaction dimensions by name (a GraphQL enum's values are these names). */
const TransactionDimension = Object.fromEntries(
  stats.TRANSACTION_DIMENSIONS.map((d) => [d, d]),
) as { [K in stats.TransactionDimension]: K };
describeEnum(
  TransactionDimension,
  'TransactionStatsDimension',
  'What transaction statistics are grouped by. Dates are the opening date, Riyadh time.',
  {
    CHANNEL: 'The channel it came by (key).',
    STEP: 'The step it is at now (key).',
    STATUS: 'Its status now.',
    TYPE: 'Inquiry or support request.',
    DAY: 'Day opened, YYYY-MM-DD.',
    WEEK: 'ISO week opened, by its Monday, YYYY-MM-DD.',
    MONTH: 'Gregorian month opened, YYYY-MM.',
    HIJRI_MONTH: 'Umm al-Qura month opened, YYYY-MM.',
    POLICY_VERSION: 'The policy version it is handled under (number).',
  },
);

@InputType({ description: 'Which transactions the statistics count.' })
class TransactionStatsFilter {
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

@ObjectType({
  description: 'The values of the dimensions a group is for; those not grouped by are null.',
})
class StatsKey {
  @Field(() => String, { nullable: true, description: 'Channel key.' })
  channel?: string | null;

  @Field(() => String, { nullable: true, description: 'Step key.' })
  step?: string | null;

  @Field(() => String, { nullable: true, description: 'Transaction status.' })
  status?: string | null;

  @Field(() => String, { nullable: true, description: 'Transaction type.' })
  type?: string | null;

  @Field(() => String, { nullable: true, description: 'Day, YYYY-MM-DD.' })
  day?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO week by its Monday, YYYY-MM-DD.' })
  week?: string | null;

  @Field(() => String, { nullable: true, description: 'Gregorian month, YYYY-MM.' })
  month?: string | null;

  @Field(() => String, { nullable: true, description: 'Umm al-Qura month, YYYY-MM.' })
  hijriMonth?: string | null;

  @Field(() => Int, { nullable: true, description: 'Policy version number.' })
  policyVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'Handling-time bucket (satisfaction).' })
  handlingTime?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Officer id, or OTHER for merged small groups (satisfaction, managers only).',
  })
  officer?: string | null;
}

@ObjectType({ description: 'Counts and timings of a set of transactions.' })
class TransactionMeasures {
  @Field(() => Int, { description: 'Transactions.' })
  count!: number;

  @Field(() => Int, { description: 'Of them, not closed.' })
  open!: number;

  @Field(() => Int, { description: 'Of them, closed.' })
  closed!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median days from opening to closing, over the closed ones (nearest rank).',
  })
  medianDaysToClose!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '90th-percentile days from opening to closing, over the closed ones.',
  })
  p90DaysToClose!: number | null;

  @Field(() => Int, { description: 'Committee decisions (approvals and rejections).' })
  committeeDecisions!: number;

  @Field(() => Int, { description: 'Of them, made within the committee window.' })
  committeeOnTime!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Committee-window compliance: on-time decisions ÷ decisions, in percent.',
  })
  committeeCompliance!: number | null;
}

@ObjectType({ description: 'Transaction statistics of one group.' })
class TransactionStatsGroup {
  @Field(() => StatsKey, { description: 'The group.' })
  key!: stats.StatsKey;

  @Field(() => TransactionMeasures, { description: 'Its measures.' })
  measures!: stats.TransactionMeasures;
}

@ObjectType({ description: 'Satisfaction figures of one group.' })
class SatisfactionStatsGroup {
  @Field(() => StatsKey, { description: 'The group.' })
  key!: stats.StatsKey;

  @Field(() => SatisfactionFigures, { description: 'Its figures.' })
  figures!: satisfaction.Figures;
}

/** Statistics for analysts (and managers): grouped aggregates computed in SQL, no personal data. */
@Resolver()
export class StatsResolver {
  @Access(READERS)
  @Query(() => [TransactionStatsGroup], {
    // An aggregate over the whole table: its cost keeps a query to a handful of them.
    complexity: 2500,
    description:
      'Transaction counts, days to close (median, 90th percentile) and committee-window compliance, grouped by up to three dimensions (none: one total). Access: manager, analyst.',
  })
  transactionStats(
    @Arg('filter', () => TransactionStatsFilter, { nullable: true, description: 'What to count.' })
    filter: TransactionStatsFilter | null,
    @Arg('groupBy', () => [TransactionDimension], {
      defaultValue: [],
      description: 'Up to three dimensions.',
    })
    groupBy: stats.TransactionDimension[],
    @Ctx() ctx: Context,
  ) {
    return stats.transactionStats(ctx.em, ctx.engine, filter ?? {}, groupBy);
  }

  @Access(READERS)
  @Query(() => [SatisfactionStatsGroup], {
    // An aggregate over the whole table: its cost keeps a query to a handful of them.
    complexity: 2500,
    description:
      'Satisfaction figures (response rate, CSAT, NPS, means) grouped by up to three dimensions (none: one total). OFFICER is for managers only. Access: manager, analyst.',
  })
  satisfactionStats(
    @Arg('filter', () => SatisfactionFilter, { nullable: true, description: 'What to count.' })
    filter: SatisfactionFilter | null,
    @Arg('groupBy', () => [satisfaction.Dimension], {
      defaultValue: [],
      description: 'Up to three dimensions.',
    })
    groupBy: satisfaction.Dimension[],
    @Ctx() ctx: Context,
  ) {
    if (groupBy.includes('OFFICER') && !ctx.user?.hasAnyRole([Role.MANAGER])) throw forbidden();
    return stats.satisfactionStats(ctx.em, filter ?? {}, groupBy);
  }
}
