import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../common/access.js';
import { Role } from '../common/role.js';
import { forbidden } from '../common/errors.js';
import { SatisfactionDimension, TransactionStatsDimension } from './analytics.enums.js';
import { DashboardPeriod, SatisfactionFilter, TransactionStatsFilter } from './analytics.inputs.js';
import { SatisfactionStatsGroup, TransactionStatsGroup } from './analytics.types.js';
import * as stats from './stats.service.js';
import { checkPeriod } from './dashboard.service.js';
import { SupportFigures, supportFigures } from './support-figures.js';

const READERS = [Role.MANAGER, Role.ANALYST];

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
    @Arg('groupBy', () => [TransactionStatsDimension], {
      defaultValue: [],
      description: 'Up to three dimensions.',
    })
    groupBy: TransactionStatsDimension[],
    @Ctx() ctx: Context,
  ) {
    return stats.transactionStats(ctx.em, filter ?? {}, groupBy);
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
    @Arg('groupBy', () => [SatisfactionDimension], {
      defaultValue: [],
      description: 'Up to three dimensions.',
    })
    groupBy: SatisfactionDimension[],
    @Ctx() ctx: Context,
  ) {
    if (groupBy.includes('OFFICER') && !ctx.user?.hasAnyRole([Role.MANAGER])) throw forbidden();
    return stats.satisfactionStats(ctx.em, filter ?? {}, groupBy);
  }

  @Access([Role.MANAGER, Role.ADMIN, Role.ANALYST])
  @Query(() => SupportFigures, {
    // A handful of aggregates over the deliveries and registrations.
    complexity: 2500,
    description:
      'Support delivered (issue 18): by type and month over the trend period, households served and deliveries in the period, renewals due in the next 30 days. Counts and sums only. Access: manager, admin, analyst.',
  })
  supportFigures(
    @Arg('period', () => DashboardPeriod, { description: 'The period.' }) period: DashboardPeriod,
    @Ctx() ctx: Context,
  ): Promise<SupportFigures> {
    return supportFigures(ctx.em, checkPeriod(period));
  }
}
