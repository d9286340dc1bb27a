import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { displayNameOf } from '../accounts/accounts.service.js';
import { Access } from '../common/access.js';
import { parseId } from '../common/input.js';
import { PERSONAL_DATA_ROLES } from '../common/role.js';
import { caller } from '../transactions/transaction-caller.js';
import type { Transaction } from '../transactions/transaction.entity.js';
import { TransactionType } from '../transactions/transaction.types.js';
import {
  HomeVisitRecordInput,
  HomeVisitScheduleInput,
  SocialReportSaveInput,
} from './research.inputs.js';
import {
  recordVisit,
  researchOf,
  RESEARCH_WRITERS,
  saveReport,
  scheduleVisit,
  type VisitResult,
} from './research.service.js';
import {
  HomeVisitRecordPayload,
  HomeVisitSchedulePayload,
  SocialReportSavePayload,
  SocialReportType,
  SocialResearch,
  toHomeVisitType,
  toSocialReportType,
} from './research.types.js';

const visitPayload = (r: VisitResult) =>
  r.ok
    ? { visit: toHomeVisitType(r.visit), transaction: r.transaction, errors: [] }
    : { visit: null, transaction: null, errors: r.errors };

/** The social research of step 3: home visits and the social report. */
@Resolver(() => TransactionType)
export class ResearchResolver {
  @Access(PERSONAL_DATA_ROLES)
  @FieldResolver(() => SocialResearch, {
    description:
      'The social research (home visits, the social report) the committee reads. Access: staff, researcher, committee, manager.',
  })
  async socialResearch(@Root() t: Transaction, @Ctx() ctx: Context): Promise<SocialResearch> {
    const { visits, report } = await researchOf(ctx.em, t.id);
    return {
      visits: visits.map(toHomeVisitType),
      report: report ? toSocialReportType(report) : null,
    };
  }

  @Access(RESEARCH_WRITERS)
  @Mutation(() => HomeVisitSchedulePayload, {
    description:
      'Schedules a home visit of the social research, while the transaction is referred (NOT_REFERRED otherwise), by the researcher it is referred to or a manager; audited. Access: researcher, manager.',
  })
  async homeVisitSchedule(
    @Arg('input', () => HomeVisitScheduleInput, { description: 'The transaction and the day.' })
    input: HomeVisitScheduleInput,
    @Ctx() ctx: Context,
  ): Promise<HomeVisitSchedulePayload> {
    return visitPayload(
      await scheduleVisit(ctx.em, actorOf(ctx), caller(ctx), {
        transactionId: parseId(input.transactionId, 'transactionId'),
        scheduledFor: input.scheduledFor,
      }),
    );
  }

  @Access(RESEARCH_WRITERS)
  @Mutation(() => HomeVisitRecordPayload, {
    description:
      'Records a scheduled home visit (the day, who was present, the findings, the recommendation); audited with the field names, not the text. Access: researcher, manager.',
  })
  async homeVisitRecord(
    @Arg('input', () => HomeVisitRecordInput, { description: 'The visit and what it found.' })
    input: HomeVisitRecordInput,
    @Ctx() ctx: Context,
  ): Promise<HomeVisitRecordPayload> {
    const { visitId, ...fields } = input;
    return visitPayload(
      await recordVisit(ctx.em, actorOf(ctx), caller(ctx), {
        ...fields,
        visitId: parseId(visitId, 'visitId'),
      }),
    );
  }

  @Access(RESEARCH_WRITERS)
  @Mutation(() => SocialReportSavePayload, {
    description:
      'Writes or rewrites the social report the committee reads, while the transaction is referred; audited with the field names, not the text. Access: researcher, manager.',
  })
  async socialReportSave(
    @Arg('input', () => SocialReportSaveInput, { description: 'The report.' })
    input: SocialReportSaveInput,
    @Ctx() ctx: Context,
  ): Promise<SocialReportSavePayload> {
    const r = await saveReport(ctx.em, actorOf(ctx), caller(ctx), {
      transactionId: parseId(input.transactionId, 'transactionId'),
      body: input.body,
      recommendation: input.recommendation,
    });
    return r.ok
      ? { report: toSocialReportType(r.report), transaction: r.transaction, errors: [] }
      : { report: null, transaction: null, errors: r.errors };
  }
}

/** Who wrote the report, by name. */
@Resolver(() => SocialReportType)
export class SocialReportFieldsResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Name of who wrote it last, as the interface shows it now. Readable by whoever reads the report.',
  })
  authorDisplayName(@Root() r: SocialReportType, @Ctx() ctx: Context): Promise<string | null> {
    return displayNameOf(ctx.em, r.authorId);
  }
}
