import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../common/access.js';
import { Role } from '../common/role.js';
import { forbidden } from '../common/errors.js';
import { SatisfactionDimension } from './analytics.enums.js';
import { SatisfactionFilter } from './analytics.inputs.js';
import { SatisfactionCommentConnection, SatisfactionReport } from './analytics.types.js';
import { commentsPage } from './satisfaction-comments.repository.js';
import * as figures from './satisfaction-figures.service.js';
import { satisfactionTotals } from './stats.service.js';

const READERS = [Role.MANAGER, Role.ANALYST];

const isManager = (ctx: Context) => ctx.user?.hasAnyRole([Role.MANAGER]) ?? false;

/** Satisfaction figures: aggregates in SQL for managers and analysts; comments de-identified for analysts. */
@Resolver()
export class SatisfactionFiguresResolver {
  @Access(READERS)
  @Query(() => SatisfactionReport, {
    description:
      'Satisfaction figures (response rate, CSAT, NPS, means, distributions), optionally grouped; computed in SQL. Per-officer groups are for managers only. Access: manager, analyst.',
  })
  async satisfactionReport(
    @Arg('filter', () => SatisfactionFilter, { nullable: true, description: 'What to count.' })
    filter: SatisfactionFilter | null,
    @Arg('groupBy', () => SatisfactionDimension, {
      nullable: true,
      description: 'Group by this.',
    })
    groupBy: SatisfactionDimension | null,
    @Ctx() ctx: Context,
  ): Promise<SatisfactionReport> {
    const f = filter ?? {};
    if (groupBy === 'OFFICER' && !isManager(ctx)) throw forbidden();
    const [{ figures: total, overall, recommend }, grouped] = await Promise.all([
      satisfactionTotals(ctx.em, f),
      groupBy ? figures.groups(ctx.em, f, groupBy) : Promise.resolve([]),
    ]);
    return {
      total,
      overallDistribution: overall,
      recommendDistribution: recommend,
      groups: await figures.labelGroups(ctx.em, groupBy, grouped),
    };
  }

  @Access(READERS)
  @Query(() => SatisfactionCommentConnection, {
    description:
      'Comments left with survey answers, newest first, searchable (Arabic letter forms folded). Analysts read them with personal data masked and without the transaction, and their search runs over the masked text only. Access: manager, analyst.',
  })
  satisfactionComments(
    @Arg('filter', () => SatisfactionFilter, { nullable: true, description: 'What to count.' })
    filter: SatisfactionFilter | null,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Words the comment contains (for analysts: the comment as they read it, masked).',
    })
    search: string | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    return commentsPage(ctx.em, filter ?? {}, search, { first, after }, !isManager(ctx));
  }
}
