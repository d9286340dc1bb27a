import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Connection } from '../common/connection.js';
import { LocalizedText } from '../common/localized-text.js';
import { SurveyMode } from '../satisfaction/survey.enums.js';
import type { Figures } from './satisfaction-figures.service.js';
import type * as stats from './stats.service.js';

/**
 * The GraphQL output types of the figures: satisfaction figures (shared by the report, the
 * statistics and the dashboard), the satisfaction report and comments, and the statistics'
 * groups. The dashboard's own types are in `dashboard.types.ts`.
 */

@ObjectType({ description: 'Satisfaction figures over a set of survey invitations.' })
export class SatisfactionFigures {
  @Field(() => Int, { description: 'Survey links issued (a re-issued link counts once).' })
  invitations!: number;

  @Field(() => Int, { description: 'Answers received.' })
  responses!: number;

  @Field(() => Float, { nullable: true, description: 'Answers ÷ invitations, in percent.' })
  responseRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'CSAT: share of answers with overall 4 or 5, in percent.',
  })
  csat!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'NPS: percent promoters (9–10) minus percent detractors (0–6), −100 to 100.',
  })
  nps!: number | null;

  @Field(() => Int, { description: 'Answers recommending 9 or 10.' })
  promoters!: number;

  @Field(() => Int, { description: 'Answers recommending 7 or 8.' })
  passives!: number;

  @Field(() => Int, { description: 'Answers recommending 0 to 6.' })
  detractors!: number;

  @Field(() => Float, { nullable: true, description: 'Mean overall satisfaction, 1–5.' })
  meanOverall!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean courtesy score, 1–5.' })
  meanCourtesy!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean clarity-of-information score, 1–5.' })
  meanClarity!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean speed score, 1–5.' })
  meanSpeed!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean likelihood to recommend, 0–10.' })
  meanRecommend!: number | null;
}

@ObjectType({ description: 'Figures of one group.' })
export class SatisfactionGroup {
  @Field(() => String, {
    description: 'The group’s key (channel key, month, bucket, officer id, OTHER…).',
  })
  key!: string;

  @Field(() => LocalizedText, {
    nullable: true,
    description: 'A readable name, for channels and officers.',
  })
  label!: LocalizedText | null;

  @Field(() => SatisfactionFigures, { description: 'The figures.' })
  figures!: Figures;
}

@ObjectType({ description: 'How many answers gave one score.' })
export class ScoreCount {
  @Field(() => Int, { description: 'The score.' })
  score!: number;

  @Field(() => Int, { description: 'Answers giving it.' })
  count!: number;
}

@ObjectType({
  description: 'Satisfaction figures for a filter: totals, distributions, and optional groups.',
})
export class SatisfactionReport {
  @Field(() => SatisfactionFigures, { description: 'Over everything the filter selects.' })
  total!: Figures;

  @Field(() => [ScoreCount], { description: 'Answers per overall score, 1–5.' })
  overallDistribution!: ScoreCount[];

  @Field(() => [ScoreCount], { description: 'Answers per likelihood-to-recommend score, 0–10.' })
  recommendDistribution!: ScoreCount[];

  @Field(() => [SatisfactionGroup], { description: 'Grouped by `groupBy`; empty when not asked.' })
  groups!: SatisfactionGroup[];
}

@ObjectType({ description: 'A comment left with a survey answer.' })
export class SatisfactionComment {
  @Field(() => ID, { description: 'The answer.' })
  id!: number;

  @Field(() => Date, { description: 'When it was given.' })
  submittedAt!: Date;

  @Field(() => Int, { description: 'Overall score, 1–5.' })
  overall!: number;

  @Field(() => Int, { description: 'Likelihood to recommend, 0–10.' })
  recommend!: number;

  @Field(() => SurveyMode, { description: 'Self-submitted or staff-assisted.' })
  mode!: SurveyMode;

  @Field(() => String, { description: 'Channel key of the transaction.' })
  channelKey!: string;

  @Field(() => String, {
    description:
      'The comment; for analysts with numbers, e-mail addresses and the beneficiary’s name masked.',
  })
  comment!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Reference of the transaction rated; null for analysts.',
  })
  transactionReference!: string | null;
}

export const SatisfactionCommentConnection = Connection(SatisfactionComment, 'SatisfactionComment');

@ObjectType({
  description: 'The values of the dimensions a group is for; those not grouped by are null.',
})
export class StatsKey {
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
export class TransactionMeasures {
  @Field(() => Int, { description: 'Transactions.' })
  count!: number;

  @Field(() => Int, { description: 'Of them, not closed.' })
  open!: number;

  @Field(() => Int, { description: 'Of them, closed.' })
  closed!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from opening to closing, over the closed ones (nearest rank; to a tenth of a day below ten days, to the day above: the lower bound of the day-tenth or day it falls in).',
  })
  medianDaysToClose!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      '90th-percentile days from opening to closing, over the closed ones (to a tenth of a day below ten days, to the day above).',
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
export class TransactionStatsGroup {
  @Field(() => StatsKey, { description: 'The group.' })
  key!: stats.StatsKey;

  @Field(() => TransactionMeasures, { description: 'Its measures.' })
  measures!: stats.TransactionMeasures;
}

@ObjectType({ description: 'Satisfaction figures of one group.' })
export class SatisfactionStatsGroup {
  @Field(() => StatsKey, { description: 'The group.' })
  key!: stats.StatsKey;

  @Field(() => SatisfactionFigures, { description: 'Its figures.' })
  figures!: Figures;
}
