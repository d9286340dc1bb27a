import { Arg, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../common/access.js';
import { Role } from '../common/role.js';
import { DashboardPeriod } from './analytics.inputs.js';
import { SatisfactionFigures } from './analytics.types.js';
import {
  Dashboard,
  DashboardCompliance,
  DashboardFollowUp,
  DashboardFunnelStep,
  DashboardReason,
  DashboardSatisfactionMonth,
  DashboardStepDuration,
  DashboardVolume,
  DashboardWorkload,
} from './dashboard.types.js';
import * as dashboard from './dashboard.service.js';
import { monthsOf, trendPeriod } from './trend-period.js';

/** The dashboard of managers (and admins): its figures are field resolvers, so a query runs only the statements it asks for. */
@Resolver(() => Dashboard)
export class DashboardResolver {
  @Access([Role.MANAGER, Role.ADMIN])
  @Query(() => Dashboard, {
    // An aggregate over the whole table: its cost keeps a query to a handful of them.
    complexity: 2500,
    description:
      'The dashboard: workload now, the step funnel, follow-up waiting; for the period days per step, referral reasons and satisfaction against the previous period; and over the trend period (the 12 months ending with the period, or the period when longer) volume by channel, committee compliance and satisfaction per month. Access: manager, admin.',
  })
  dashboard(
    @Arg('period', () => DashboardPeriod, { description: 'The period.' }) period: DashboardPeriod,
  ): Dashboard {
    const p = dashboard.checkPeriod(period);
    const trend = trendPeriod(p);
    // An instance, not a literal: type-graphql would convert a literal anew for every field
    // resolver, and `satisfactionPair` shares one statement per instance.
    return Object.assign(new Dashboard(), {
      period: p,
      previousPeriod: dashboard.previousPeriod(p),
      trendPeriod: trend,
      trendMonths: monthsOf(trend),
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
    description:
      'Transactions opened per month and channel over the trend period (months and channels with none left out).',
  })
  volumeByChannel(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.volumeByChannel(ctx.em, d.trendPeriod);
  }

  @FieldResolver(() => [DashboardCompliance], {
    description: 'Committee-window compliance per month of the trend period, every month.',
  })
  committeeCompliance(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.committeeCompliance(ctx.em, d.trendPeriod);
  }

  @FieldResolver(() => [DashboardReason], {
    description:
      'The five referral reasons given most in the period (where procedures are unclear).',
  })
  topReferralReasons(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.topReferralReasons(ctx.em, d.period);
  }

  @FieldResolver(() => [DashboardStepDuration], {
    description:
      'Median and 90th-percentile days per step over the stays that ended in the period: a transaction’s whole time at a step (every visit), counted on the day it last left the step.',
  })
  stepDurations(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.stepDurations(ctx.em, d.period);
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
    description: 'Satisfaction per month of the trend period (the trend), every month.',
  })
  satisfactionTrend(@Root() d: Dashboard, @Ctx() ctx: Context) {
    return dashboard.satisfactionTrend(ctx.em, d.trendPeriod);
  }
}

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
