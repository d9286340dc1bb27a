import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  Float,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { Role } from '../accounts/role.js';
import { badInput } from '../common/errors.js';
import type { Figures } from '../satisfaction/analytics.service.js';
import { SatisfactionFigures } from '../satisfaction/analytics.resolver.js';
import * as dashboard from './dashboard.service.js';

@InputType({ description: 'The period the dashboard’s period figures cover: [from, to).' })
class DashboardPeriod {
  @Field(() => Date, { description: 'Start (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  to!: Date;
}

@ObjectType({ description: 'Transactions in hand now, by where they stand.' })
class DashboardWorkload {
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
class DashboardFunnelStep {
  @Field(() => String, { description: 'The step’s key.' })
  stepKey!: string;

  @Field(() => Int, { description: 'Its position in the policy.' })
  position!: number;

  @Field(() => Int, { description: 'Open transactions at it.' })
  count!: number;
}

@ObjectType({ description: 'Transactions opened in a month on a channel.' })
class DashboardVolume {
  @Field(() => String, { description: 'YYYY-MM (Riyadh time).' })
  month!: string;

  @Field(() => String, { description: 'Channel key.' })
  channelKey!: string;

  @Field(() => Int, { description: 'Transactions opened.' })
  count!: number;
}

@ObjectType({ description: 'Committee decisions in a month and how many were within the window.' })
class DashboardCompliance {
  @Field(() => String, { description: 'YYYY-MM of the decisions (Riyadh time).' })
  month!: string;

  @Field(() => Int, { description: 'Decisions (approvals and rejections).' })
  decisions!: number;

  @Field(() => Int, { description: 'Of them, decided by the due date.' })
  onTime!: number;
}

@ObjectType({ description: 'How often a referral reason was given.' })
class DashboardReason {
  @Field(() => String, { description: 'The referral reason’s key.' })
  reasonKey!: string;

  @Field(() => Int, { description: 'Referrals giving it in the period.' })
  count!: number;
}

@ObjectType({ description: 'Days spent at a step: median and 90th percentile (nearest rank).' })
class DashboardStepDuration {
  @Field(() => String, { description: 'The step’s key.' })
  stepKey!: string;

  @Field(() => Int, { description: 'Its position in the policy.' })
  position!: number;

  @Field(() => Int, { description: 'Transactions that left the step in the period.' })
  transactions!: number;

  @Field(() => Float, { description: 'Median days at the step.' })
  medianDays!: number;

  @Field(() => Float, { description: '90th-percentile days at the step.' })
  p90Days!: number;
}

@ObjectType({ description: 'Follow-up waiting now.' })
class DashboardFollowUp {
  @Field(() => Int, { description: 'Suggestions and complaints not closed.' })
  openFeedback!: number;

  @Field(() => Int, { description: 'Improvement actions still open.' })
  openImprovementActions!: number;

  @Field(() => Int, { description: 'Library documents past their review date.' })
  libraryDocumentsPastReview!: number;
}

@ObjectType({ description: 'Satisfaction in one month.' })
class DashboardSatisfactionMonth {
  @Field(() => String, { description: 'YYYY-MM of the survey links’ issue (Riyadh time).' })
  month!: string;

  @Field(() => SatisfactionFigures, { description: 'The month’s figures.' })
  figures!: Figures;
}

@ObjectType({ description: 'A [from, to) period.' })
class DashboardPeriodRange {
  @Field(() => Date, { description: 'Start (inclusive).' })
  from!: Date;

  @Field(() => Date, { description: 'End (exclusive).' })
  to!: Date;
}

@ObjectType({
  description: 'The manager’s dashboard. Each field is one SQL aggregate, run only when asked for.',
})
class Dashboard {
  @Field(() => DashboardPeriodRange, { description: 'The period asked for.' })
  period!: dashboard.Period;

  @Field(() => DashboardPeriodRange, {
    description: 'The period of the same length just before it, that comparisons are made with.',
  })
  previousPeriod!: dashboard.Period;

  /** When “now” is for the workload figures. */
  now!: Date;
}

/** The dashboard of managers (and admins): its figures are field resolvers, so a query runs only the statements it asks for. */
@Resolver(() => Dashboard)
export class DashboardResolver {
  @Access([Role.MANAGER, Role.ADMIN])
  @Query(() => Dashboard, {
    // An aggregate over the whole table: its cost keeps a query to a handful of them.
    complexity: 2500,
    description:
      'The dashboard: workload now, the step funnel, follow-up waiting, and for the period volume by channel, committee compliance, days per step, referral reasons and satisfaction against the previous period. Access: manager, admin.',
  })
  dashboard(
    @Arg('period', () => DashboardPeriod, { description: 'The period.' }) period: DashboardPeriod,
  ): Dashboard {
    if (!(period.from < period.to))
      throw badInput('The period must end after it starts.', 'period');
    if (period.to.getTime() - period.from.getTime() > MAX_PERIOD_MS)
      throw badInput('The period may cover at most ten years.', 'period');
    const p = { from: period.from, to: period.to };
    // An instance, not a literal: type-graphql would convert a literal anew for every field
    // resolver, and `satisfactionPair` shares one statement per instance.
    return Object.assign(new Dashboard(), {
      period: p,
      previousPeriod: dashboard.previousPeriod(p),
      now: new Date(),
    });
  }

  @FieldResolver(() => DashboardWorkload, { description: 'Transactions in hand now.' })
  workload(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.workload(ctx.em, ctx.engine, d.now);
  }

  @FieldResolver(() => [DashboardFunnelStep], {
    description: 'Open transactions per step, in order.',
  })
  funnel(@Ctx() ctx: Context) {
    return dashboard.funnel(ctx.em);
  }

  @FieldResolver(() => [DashboardVolume], {
    description: 'Transactions opened per month and channel in the period.',
  })
  volumeByChannel(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.volumeByChannel(ctx.em, ctx.engine, d.period);
  }

  @FieldResolver(() => [DashboardCompliance], {
    description: 'Committee-window compliance per month in the period.',
  })
  committeeCompliance(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.committeeCompliance(ctx.em, ctx.engine, d.period);
  }

  @FieldResolver(() => [DashboardReason], {
    description:
      'The five referral reasons given most in the period (where procedures are unclear).',
  })
  topReferralReasons(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.topReferralReasons(ctx.em, ctx.engine, d.period);
  }

  @FieldResolver(() => [DashboardStepDuration], {
    description: 'Median and 90th-percentile days per step, over stays that ended in the period.',
  })
  stepDurations(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.stepDurations(ctx.em, ctx.engine, d.period);
  }

  @FieldResolver(() => DashboardFollowUp, {
    description:
      'Follow-up waiting now: suggestions and complaints, improvement actions, library documents past review.',
  })
  followUp(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.followUp(ctx.em, d.now);
  }

  @FieldResolver(() => SatisfactionFigures, {
    description:
      'Satisfaction over the survey links issued in the period (by Riyadh day): response rate, CSAT, NPS, means.',
  })
  async satisfaction(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return (await satisfactionPair(d, ctx)).current;
  }

  @FieldResolver(() => SatisfactionFigures, {
    description: 'The same figures for the previous period, to show the change.',
  })
  async satisfactionPrevious(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return (await satisfactionPair(d, ctx)).previous;
  }

  @FieldResolver(() => [DashboardSatisfactionMonth], {
    description: 'Satisfaction per month of the period (the trend).',
  })
  satisfactionTrend(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.satisfactionTrend(ctx.em, d.period);
  }
}

/** The ten-year cap keeps a mistyped year from scanning all history twice. */
const MAX_PERIOD_MS = 10 * 366 * 86_400_000;

/** `satisfaction` and `satisfactionPrevious` share one statement per request. */
const satisfactionRuns = new WeakMap<Dashboard, ReturnType<typeof dashboard.satisfaction>>();
function satisfactionPair(d: Dashboard, ctx: Context) {
  let pending = satisfactionRuns.get(d);
  if (!pending) {
    pending = dashboard.satisfaction(ctx.em, d.period);
    satisfactionRuns.set(d, pending);
  }
  return pending;
}
