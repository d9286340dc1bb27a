import { Arg, Ctx, Field, Float, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { Role } from '../accounts/role.js';
import { badInput } from '../common/errors.js';
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

@ObjectType({ description: 'The manager’s dashboard: each figure one SQL aggregate.' })
class Dashboard {
  @Field(() => DashboardWorkload, { description: 'Transactions in hand now.' })
  workload!: dashboard.Workload;

  @Field(() => [DashboardFunnelStep], { description: 'Open transactions per step, in order.' })
  funnel!: DashboardFunnelStep[];

  @Field(() => [DashboardVolume], {
    description: 'Transactions opened per month and channel in the period.',
  })
  volumeByChannel!: DashboardVolume[];

  @Field(() => [DashboardCompliance], {
    description: 'Committee-window compliance per month in the period.',
  })
  committeeCompliance!: DashboardCompliance[];

  @Field(() => [DashboardReason], {
    description:
      'The five referral reasons given most in the period (where procedures are unclear).',
  })
  topReferralReasons!: DashboardReason[];

  @Field(() => [DashboardStepDuration], {
    description: 'Median and 90th-percentile days per step, over stays that ended in the period.',
  })
  stepDurations!: DashboardStepDuration[];

  @Field(() => Int, { description: 'Suggestions and complaints not closed.' })
  openFeedback!: number;

  @Field(() => Int, { description: 'Improvement actions still open.' })
  openImprovementActions!: number;
}

/** The dashboard of managers (and admins). */
@Resolver()
export class DashboardResolver {
  @Access([Role.MANAGER, Role.ADMIN])
  @Query(() => Dashboard, {
    description:
      'The dashboard: workload now, the step funnel, follow-up waiting, and for the period volume by channel, committee compliance and referral reasons. Access: manager, admin.',
  })
  async dashboard(
    @Arg('period', () => DashboardPeriod, { description: 'The period.' }) period: DashboardPeriod,
    @Ctx() ctx: Context,
  ): Promise<Dashboard> {
    if (!(period.from < period.to))
      throw badInput('The period must end after it starts.', 'period');
    const engine = ctx.engine;
    const [workload, funnel, volume, compliance, reasons, followUp, durations] = await Promise.all([
      dashboard.workload(ctx.em, engine),
      dashboard.funnel(ctx.em),
      dashboard.volumeByChannel(ctx.em, engine, period),
      dashboard.committeeCompliance(ctx.em, engine, period),
      dashboard.topReferralReasons(ctx.em, engine, period),
      dashboard.followUp(ctx.em),
      dashboard.stepDurations(ctx.em, engine, period),
    ]);
    return {
      workload,
      funnel,
      volumeByChannel: volume,
      committeeCompliance: compliance,
      topReferralReasons: reasons,
      stepDurations: durations,
      ...followUp,
    };
  }
}
