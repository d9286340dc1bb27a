import { IsOptional, Length, Matches } from 'class-validator';
import {
  Arg,
  Ctx,
  Field,
  Float,
  ID,
  InputType,
  Int,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import type { Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { Role } from '../accounts/role.js';
import { User } from '../accounts/user.entity.js';
import { Connection, checkPageSize, decodeCursor, toConnection } from '../common/connection.js';
import { describeEnum } from '../common/enums.js';
import { forbidden } from '../common/errors.js';
import { LocalizedText, text } from '../common/localized-text.js';
import { Channel } from '../policy/channel.entity.js';
import { TransactionType } from '../transactions/transaction.enums.js';
import { Transaction } from '../transactions/transaction.entity.js';
import * as analytics from './analytics.service.js';
import { SurveyMode } from './survey.entity.js';

const READERS = [Role.MANAGER, Role.ANALYST];

describeEnum(
  analytics.Dimension,
  'SatisfactionDimension',
  'What satisfaction figures are grouped by.',
  {
    CHANNEL: 'The channel the transaction came by (key).',
    TRANSACTION_TYPE: 'Inquiry or support request.',
    POLICY_VERSION: 'The policy version the transaction was handled under (number).',
    HANDLING_TIME: 'Days from opening to closing: D0_1, D2_7, D8_14, D15_30, D31_PLUS.',
    DAY: 'Day the link was issued (Riyadh time), YYYY-MM-DD.',
    WEEK: 'ISO week the link was issued, by its Monday, YYYY-MM-DD.',
    MONTH: 'Gregorian month the link was issued, YYYY-MM.',
    HIJRI_MONTH: 'Umm al-Qura month the link was issued, YYYY-MM.',
    OFFICER:
      'The officer the transaction was assigned to (managers only; groups under 5 answers merged into OTHER).',
  },
);

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
  figures!: analytics.Figures;
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
  total!: analytics.Figures;

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

const isManager = (ctx: Context) => ctx.user?.hasAnyRole([Role.MANAGER]) ?? false;

/** Satisfaction analytics: aggregates in SQL for managers and analysts; comments de-identified for analysts. */
@Resolver()
export class SatisfactionAnalyticsResolver {
  @Access(READERS)
  @Query(() => SatisfactionReport, {
    description:
      'Satisfaction figures (response rate, CSAT, NPS, means, distributions), optionally grouped; computed in SQL. Per-officer groups are for managers only. Access: manager, analyst.',
  })
  async satisfactionReport(
    @Arg('filter', () => SatisfactionFilter, { nullable: true, description: 'What to count.' })
    filter: SatisfactionFilter | null,
    @Arg('groupBy', () => analytics.Dimension, { nullable: true, description: 'Group by this.' })
    groupBy: analytics.Dimension | null,
    @Ctx() ctx: Context,
  ): Promise<SatisfactionReport> {
    const f = filter ?? {};
    if (groupBy === 'OFFICER' && !isManager(ctx)) throw forbidden();
    const [{ figures: total, overall, recommend }, grouped] = await Promise.all([
      analytics.totals(ctx.em, f),
      groupBy ? analytics.groups(ctx.em, f, groupBy) : Promise.resolve([]),
    ]);
    return {
      total,
      overallDistribution: overall,
      recommendDistribution: recommend,
      groups: await labelled(ctx, groupBy, grouped),
    };
  }

  @Access(READERS)
  @Query(() => SatisfactionCommentConnection, {
    description:
      'Comments left with survey answers, newest first, searchable (Arabic letter forms folded). Analysts read them with personal data masked and without the transaction, and their search runs over the masked text only. Access: manager, analyst.',
  })
  async satisfactionComments(
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
    checkPageSize(first);
    const manager = isManager(ctx);
    const { rows, totalCount } = await analytics.comments(
      ctx.em,
      filter ?? {},
      search?.slice(0, 80),
      first,
      decodeCursor(after),
      !manager,
    );
    const references = manager
      ? new Map(
          (
            await ctx.em.find(
              Transaction,
              { id: { $in: rows.map((r) => r.transactionId) } },
              { fields: ['id', 'reference'] },
            )
          ).map((t) => [t.id, t.reference]),
        )
      : new Map<number, string>();
    return toConnection(rows, { first, after }, totalCount, (r) => ({
      id: r.id,
      submittedAt: r.submittedAt,
      overall: r.overall,
      recommend: r.recommend,
      mode: r.mode,
      channelKey: r.channelKey,
      comment: r.comment,
      transactionReference: references.get(r.transactionId) ?? null,
    }));
  }
}

/** Names for channel and officer groups (two batched reads at most). */
async function labelled(
  ctx: Context,
  by: analytics.Dimension | null,
  groups: analytics.Group[],
): Promise<SatisfactionGroup[]> {
  const labels = new Map<string, LocalizedText>();
  if (by === 'CHANNEL') {
    const channels = await ctx.em.find(
      Channel,
      { key: { $in: groups.map((g) => g.key) } },
      { orderBy: { id: 'asc' } },
    );
    for (const c of channels) labels.set(c.key, c.name); // the latest version's name wins
  }
  if (by === 'OFFICER') {
    const ids = groups.map((g) => Number(g.key)).filter(Number.isInteger);
    for (const u of await ctx.em.find(User, { id: { $in: ids } })) {
      labels.set(String(u.id), text({ ar: u.displayName, en: u.displayName }));
    }
  }
  return groups.map((g) => ({ ...g, label: labels.get(g.key) ?? null }));
}
