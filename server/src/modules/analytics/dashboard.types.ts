import { Field, Float, Int, ObjectType } from 'type-graphql';
import { SatisfactionFigures } from './analytics.types.js';
import type { Period } from './dashboard.service.js';
import type { Figures } from './satisfaction-figures.service.js';

/** The GraphQL output types of the manager's dashboard. */

@ObjectType({ description: 'Transactions in hand now, by where they stand.' })
export class DashboardWorkload {
  @Field(() => Int, { description: 'Not closed.' })
  open!: number;

  @Field(() => Int, { description: 'Waiting for the research committee.' })
  awaitingCommittee!: number;

  @Field(() => Int, { description: 'Waiting for the committee past the due date.' })
  committeeOverdue!: number;

  @Field(() => Int, { description: 'Sent back for missing documents (committee clock paused).' })
  deferred!: number;

  @Field(() => Int, { description: 'With the social-research officer.' })
  referred!: number;
}

@ObjectType({ description: 'Open transactions at one step.' })
export class DashboardFunnelStep {
  @Field(() => String, { description: 'The step’s key.' })
  stepKey!: string;

  @Field(() => Int, { description: 'Its position in the policy.' })
  position!: number;

  @Field(() => Int, { description: 'Open transactions at it.' })
  count!: number;
}

@ObjectType({ description: 'Transactions opened in a month on a channel.' })
export class DashboardVolume {
  @Field(() => String, { description: 'YYYY-MM (Riyadh time).' })
  month!: string;

  @Field(() => String, { description: 'Channel key.' })
  channelKey!: string;

  @Field(() => Int, { description: 'Transactions opened.' })
  count!: number;
}

@ObjectType({ description: 'Committee decisions in a month and how many were within the window.' })
export class DashboardCompliance {
  @Field(() => String, { description: 'YYYY-MM of the decisions (Riyadh time).' })
  month!: string;

  @Field(() => Int, { description: 'Decisions (approvals and rejections).' })
  decisions!: number;

  @Field(() => Int, { description: 'Of them, decided by the due date.' })
  onTime!: number;
}

@ObjectType({ description: 'How often a referral reason was given.' })
export class DashboardReason {
  @Field(() => String, { description: 'The referral reason’s key.' })
  reasonKey!: string;

  @Field(() => Int, { description: 'Referrals giving it in the period.' })
  count!: number;
}

@ObjectType({ description: 'Days spent at a step: median and 90th percentile (nearest rank).' })
export class DashboardStepDuration {
  @Field(() => String, { description: 'The step’s key.' })
  stepKey!: string;

  @Field(() => Int, { description: 'Its position in the policy.' })
  position!: number;

  @Field(() => Int, { description: 'Transactions that left the step in the period.' })
  transactions!: number;

  @Field(() => Float, {
    description: 'Median days at the step (to a tenth of a day below ten days, to the day above).',
  })
  medianDays!: number;

  @Field(() => Float, {
    description:
      '90th-percentile days at the step (to a tenth of a day below ten days, to the day above).',
  })
  p90Days!: number;
}

@ObjectType({ description: 'Follow-up waiting now.' })
export class DashboardFollowUp {
  @Field(() => Int, { description: 'Suggestions and complaints not closed.' })
  openFeedback!: number;

  @Field(() => Int, { description: 'Improvement actions still open.' })
  openImprovementActions!: number;

  @Field(() => Int, { description: 'Library documents past their review date.' })
  libraryDocumentsPastReview!: number;
}

@ObjectType({ description: 'Satisfaction in one month.' })
export class DashboardSatisfactionMonth {
  @Field(() => String, { description: 'YYYY-MM of the survey links’ issue (Riyadh time).' })
  month!: string;

  @Field(() => SatisfactionFigures, { description: 'The month’s figures.' })
  figures!: Figures;
}

@ObjectType({ description: 'A [from, to) period.' })
export class DashboardPeriodRange {
  @Field(() => Date, { description: 'Start (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  to!: Date;
}

@ObjectType({
  description: 'The manager’s dashboard. Each field is one SQL aggregate, run only when asked for.',
})
export class Dashboard {
  @Field(() => DashboardPeriodRange, { description: 'The period asked for.' })
  period!: Period;

  @Field(() => DashboardPeriodRange, {
    description: 'The period of the same length just before it, that comparisons are made with.',
  })
  previousPeriod!: Period;

  @Field(() => DashboardPeriodRange, {
    description:
      'The period the trends (volume by channel, committee compliance, satisfaction per month) cover: the 12 Riyadh months ending with the month the period ends in, or the whole period when it is longer.',
  })
  trendPeriod!: Period;

  @Field(() => [String], {
    description:
      'The months (YYYY-MM, Riyadh time) of the trend period, oldest first: the trends’ buckets.',
  })
  trendMonths!: string[];

  /** When “now” is for the workload figures. */
  now!: Date;
}
