import { ArrayMaxSize, IsOptional, Length } from 'class-validator';
import type { FilterQuery } from '@mikro-orm/core';
import {
  Arg,
  Ctx,
  Field,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
} from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { OFFICER_ROLES, Role } from '../accounts/role.js';
import { User } from '../accounts/user.entity.js';
import { recordAudit } from '../audit/audit.service.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { foldArabic } from '../common/arabic.js';
import { Connection, checkPageSize, decodeCursor, toConnection } from '../common/connection.js';
import { describeEnum } from '../common/enums.js';
import { likeSafe, parseId } from '../common/input.js';
import { inTransaction, reject, UserError } from '../common/payload.js';
import { PolicyVersion } from '../policy/policy-version.entity.js';
import { PolicyVersionStatus } from '../policy/policy.enums.js';
import { Transaction } from '../transactions/transaction.entity.js';
import { createFeedbackItem } from './feedback.service.js';
import {
  FeedbackItem,
  FeedbackKind,
  FeedbackSource,
  FeedbackStatus,
  ImprovementAction,
  ImprovementStatus,
  PolicyClause,
} from './feedback.entity.js';

describeEnum(FeedbackKind, 'FeedbackKind', 'Suggestion or complaint.', {
  SUGGESTION: 'A suggestion (اقتراح).',
  COMPLAINT: 'A complaint (شكوى).',
});
describeEnum(FeedbackStatus, 'FeedbackStatus', 'Where a suggestion or complaint stands.', {
  NEW: 'Received, not yet looked at.',
  UNDER_REVIEW: 'Being looked into.',
  ANSWERED: 'A response was given.',
  CLOSED: 'Done.',
});
describeEnum(PolicyClause, 'PolicyClause', 'The part of the policy an item concerns.', {
  CHANNEL: 'A communication channel (by key).',
  TOOL: 'A tool (by key).',
  STEP: 'A handling step (by key).',
  OBJECTIVE: 'An objective (by its place, e.g. 6.2).',
});
describeEnum(FeedbackSource, 'FeedbackSource', 'How an item reached the association.', {
  STAFF: 'Logged by an officer from any channel.',
  SURVEY: 'Left by the beneficiary at the end of a satisfaction survey.',
});
describeEnum(ImprovementStatus, 'ImprovementStatus', 'Where an improvement action stands.', {
  OPEN: 'Opened by a low rating; waiting for what will be done.',
  CLOSED: 'Closed by a manager with what was done.',
});

const ORDER = [
  FeedbackStatus.NEW,
  FeedbackStatus.UNDER_REVIEW,
  FeedbackStatus.ANSWERED,
  FeedbackStatus.CLOSED,
];

@ObjectType('FeedbackItem', { description: 'A suggestion or complaint and its follow-up.' })
export class FeedbackItemObject {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => String, { description: 'Reference for people, e.g. FB-2026-000012.' })
  reference!: string;

  @Field(() => FeedbackKind, { description: 'Suggestion or complaint.' })
  kind!: FeedbackKind;

  @Field(() => FeedbackSource, { description: 'Logged by staff or left in a survey.' })
  source!: FeedbackSource;

  @Field(() => String, { nullable: true, description: 'Channel it came by (key).' })
  channelKey!: string | null;

  @Field(() => String, { description: 'Short subject.' })
  subject!: string;

  @Field(() => String, { description: 'What was said.' })
  body!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The beneficiary concerned, if any (read it with `beneficiary`).',
  })
  beneficiaryId!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Reference of the transaction concerned, if any.',
  })
  transactionReference!: string | null;

  @Field(() => PolicyClause, { nullable: true, description: 'The part of the policy it concerns.' })
  clause!: PolicyClause | null;

  @Field(() => String, { nullable: true, description: 'Key (or place) of that part.' })
  clauseKey!: string | null;

  @Field(() => FeedbackStatus, { description: 'Where it stands.' })
  status!: FeedbackStatus;

  @Field(() => String, { nullable: true, description: 'Username of who follows it up.' })
  assigneeName!: string | null;

  @Field(() => String, { nullable: true, description: 'The response given.' })
  response!: string | null;

  @Field(() => Date, { description: 'When it was received.' })
  receivedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  answeredAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The policy version that answers it, if one does.',
  })
  answeredByPolicyVersion!: number | null;
}

const FeedbackItemConnection = Connection(FeedbackItemObject, 'FeedbackItem');

@InputType({
  description: 'Filter for suggestions and complaints; all given conditions must hold.',
})
class FeedbackFilter {
  @Field(() => [FeedbackStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(4)
  status?: FeedbackStatus[] | null;

  @Field(() => FeedbackKind, { nullable: true, description: 'This kind.' })
  @IsOptional()
  kind?: FeedbackKind | null;

  @Field(() => Boolean, { nullable: true, description: 'Only those assigned to the caller.' })
  @IsOptional()
  assignedToMe?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'Only those a policy version answers.' })
  @IsOptional()
  answeredByPolicyVersion?: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Words in the subject or text, or a reference.',
  })
  @IsOptional()
  @Length(1, 80)
  search?: string | null;
}

@InputType({ description: 'A new suggestion or complaint.' })
class FeedbackCreateInput {
  @Field(() => FeedbackKind, { description: 'Suggestion or complaint.' })
  kind!: FeedbackKind;

  @Field(() => String, { nullable: true, description: 'Channel it came by (key).' })
  @IsOptional()
  @Length(1, 64)
  channelKey?: string | null;

  @Field(() => String, { description: 'Short subject (3–200 characters).' })
  subject!: string;

  @Field(() => String, { description: 'What was said (up to 4,000 characters).' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The beneficiary concerned.' })
  @IsOptional()
  beneficiaryId?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference of the transaction concerned.' })
  @IsOptional()
  @Length(1, 20)
  transactionReference?: string | null;

  @Field(() => PolicyClause, { nullable: true, description: 'The part of the policy it concerns.' })
  @IsOptional()
  clause?: PolicyClause | null;

  @Field(() => String, { nullable: true, description: 'Key (or place) of that part.' })
  @IsOptional()
  @Length(1, 64)
  clauseKey?: string | null;
}

@InputType({ description: 'Follow-up of a suggestion or complaint; omitted fields stay.' })
class FeedbackUpdateInput {
  @Field(() => ID, { description: 'The item.' })
  id!: string;

  @Field(() => FeedbackStatus, { nullable: true, description: 'New status (forward only).' })
  @IsOptional()
  status?: FeedbackStatus | null;

  @Field(() => ID, { nullable: true, description: 'Who follows it up (staff or manager).' })
  @IsOptional()
  assigneeId?: string | null;

  @Field(() => String, { nullable: true, description: 'The response given (required to answer).' })
  @IsOptional()
  response?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The policy version (draft or in force) that answers it.',
  })
  @IsOptional()
  answeredByPolicyVersion?: number | null;
}

@ObjectType({ description: 'Result of a change to a suggestion or complaint.' })
class FeedbackPayload {
  @Field(() => FeedbackItemObject, { nullable: true, description: 'The item after the change.' })
  item!: FeedbackItemObject | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

@ObjectType('ImprovementAction', { description: 'An improvement action opened by a low rating.' })
class ImprovementActionObject {
  @Field(() => ID, { description: 'Stable identifier.' })
  id!: number;

  @Field(() => ImprovementStatus, { description: 'Open or closed.' })
  status!: ImprovementStatus;

  @Field(() => Date, { description: 'When the low rating opened it.' })
  openedAt!: Date;

  @Field(() => Int, { description: 'The overall score given, 1–2.' })
  overall!: number;

  @Field(() => String, { nullable: true, description: 'The comment left with the rating.' })
  comment!: string | null;

  @Field(() => String, { description: 'Reference of the transaction rated.' })
  transactionReference!: string;

  @Field(() => String, { description: 'Channel the transaction came by (key).' })
  channelKey!: string;

  @Field(() => String, { nullable: true, description: 'What was done, once closed.' })
  actionTaken!: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed.' })
  closedAt!: Date | null;
}

@ObjectType({ description: 'Result of closing an improvement action.' })
class ImprovementActionPayload {
  @Field(() => ImprovementActionObject, {
    nullable: true,
    description: 'The action after the change.',
  })
  action!: ImprovementActionObject | null;

  @Field(() => [UserError], { description: 'Problems; empty on success.' })
  errors!: UserError[];
}

function toObject(f: FeedbackItem): FeedbackItemObject {
  return {
    id: f.id,
    reference: f.reference,
    kind: f.kind,
    source: f.source,
    channelKey: f.channelKey ?? null,
    subject: f.subject,
    body: f.body,
    beneficiaryId: f.beneficiary?.id ?? null,
    transactionReference: f.transaction?.reference ?? null,
    clause: f.clause ?? null,
    clauseKey: f.clauseKey ?? null,
    status: f.status,
    assigneeName: f.assignee?.username ?? null,
    response: f.response ?? null,
    receivedAt: f.receivedAt,
    answeredAt: f.answeredAt ?? null,
    closedAt: f.closedAt ?? null,
    answeredByPolicyVersion: f.answeredByPolicy?.number ?? null,
  };
}

const POPULATE = ['transaction', 'assignee', 'answeredByPolicy'] as const;

/** Suggestions and complaints, and the improvement actions opened by low ratings. */
@Resolver()
export class FeedbackResolver {
  @Access(OFFICER_ROLES)
  @Query(() => FeedbackItemConnection, {
    description: 'Suggestions and complaints, newest first. Access: staff, manager.',
  })
  async feedbackItems(
    @Arg('filter', () => FeedbackFilter, { nullable: true, description: 'Conditions.' })
    filter: FeedbackFilter | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    checkPageSize(first);
    const and: FilterQuery<FeedbackItem>[] = [];
    if (filter?.status?.length) and.push({ status: { $in: filter.status } });
    if (filter?.kind) and.push({ kind: filter.kind });
    if (filter?.assignedToMe) and.push({ assignee: ctx.user!.id });
    if (filter?.answeredByPolicyVersion != null) {
      and.push({ answeredByPolicy: { number: filter.answeredByPolicyVersion } });
    }
    const term = filter?.search?.trim();
    if (term) {
      // Every word must appear (Arabic letter forms folded), or the term is a reference.
      const words = likeSafe(foldArabic(term)).split(' ').filter(Boolean).slice(0, 6);
      and.push({
        $or: [
          { reference: { $like: `%${likeSafe(term.toUpperCase())}%` } },
          { $and: words.map((w) => ({ searchText: { $like: `%${w}%` } })) },
        ],
      });
    }
    const where: FilterQuery<FeedbackItem> = and.length ? { $and: and } : {};
    const afterId = decodeCursor(after);
    const [rows, totalCount] = await Promise.all([
      ctx.em.find(FeedbackItem, afterId ? { $and: [where, { id: { $lt: afterId } }] } : where, {
        orderBy: { id: 'desc' },
        limit: first + 1,
        populate: POPULATE,
      }),
      ctx.em.count(FeedbackItem, where),
    ]);
    return toConnection(rows, { first, after }, totalCount, toObject);
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => FeedbackPayload, {
    description: 'Logs a suggestion or complaint received on any channel. Access: staff, manager.',
  })
  async feedbackCreate(
    @Arg('input', () => FeedbackCreateInput, { description: 'The item.' })
    input: FeedbackCreateInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackPayload> {
    const r = await inTransaction(ctx.em, async (tx) => {
      const subject = input.subject.trim();
      const body = input.body.trim();
      if (subject.length < 3 || subject.length > 200)
        reject('INVALID_SUBJECT', 'A subject of 3 to 200 characters.', 'subject');
      if (!body || body.length > 4000)
        reject('INVALID_BODY', 'Write what was said (up to 4,000 characters).', 'body');
      if ((input.clause == null) !== (input.clauseKey == null)) {
        reject('CLAUSE_INCOMPLETE', 'Give both the part of the policy and its key.', 'clauseKey');
      }
      const beneficiary = input.beneficiaryId
        ? await tx.findOne(Beneficiary, { id: parseId(input.beneficiaryId, 'beneficiaryId') })
        : null;
      if (input.beneficiaryId && !beneficiary)
        reject('NOT_FOUND', 'No such beneficiary.', 'beneficiaryId');
      const transaction = input.transactionReference
        ? await tx.findOne(Transaction, {
            reference: input.transactionReference.trim().toUpperCase(),
          })
        : null;
      if (input.transactionReference && !transaction) {
        reject('NOT_FOUND', 'No transaction has this reference.', 'transactionReference');
      }
      const item = await createFeedbackItem(tx, {
        kind: input.kind,
        source: FeedbackSource.STAFF,
        channelKey: input.channelKey ?? null,
        subject,
        body,
        beneficiary: beneficiary ?? transaction?.beneficiary ?? null,
        transaction,
        clause: input.clause ?? null,
        clauseKey: input.clauseKey ?? null,
        receivedAt: new Date(),
        createdBy: ctx.user,
      });
      recordAudit(tx, actorOf(ctx), {
        action: 'feedback.create',
        targetType: 'FeedbackItem',
        targetId: item.id,
        after: { kind: item.kind, subject },
      });
      await tx.flush();
      return { item };
    });
    return r.ok ? { item: toObject(r.item), errors: [] } : { item: null, errors: r.errors };
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => FeedbackPayload, {
    description:
      'Follows up a suggestion or complaint: status (forward only; answering needs a response), assignee, response, and the policy version that answers it. Access: staff, manager.',
  })
  async feedbackUpdate(
    @Arg('input', () => FeedbackUpdateInput, { description: 'The changes.' })
    input: FeedbackUpdateInput,
    @Ctx() ctx: Context,
  ): Promise<FeedbackPayload> {
    const r = await inTransaction(ctx.em, async (tx) => {
      const item = await tx.findOne(
        FeedbackItem,
        { id: parseId(input.id) },
        { populate: POPULATE },
      );
      if (!item) reject('NOT_FOUND', 'No such item.', 'id');
      // The response is free text: the audit row keeps only whether it changed (audit.service).
      const before = {
        status: item!.status,
        assignee: item!.assignee?.username ?? null,
        response: item!.response ?? null,
      };
      if (input.assigneeId !== undefined) {
        if (input.assigneeId === null) item!.assignee = null;
        else {
          const user = await tx.findOne(User, {
            id: parseId(input.assigneeId, 'assigneeId'),
            active: true,
          });
          if (!user || !user.hasAnyRole(OFFICER_ROLES))
            reject('INVALID_ASSIGNEE', 'Choose an active officer.', 'assigneeId');
          item!.assignee = user;
        }
      }
      if (input.response != null) {
        const response = input.response.trim();
        if (response.length > 4000) reject('TOO_LONG', 'At most 4,000 characters.', 'response');
        item!.response = response || null;
      }
      if (input.answeredByPolicyVersion != null) {
        const version = await tx.findOne(PolicyVersion, { number: input.answeredByPolicyVersion });
        if (!version || version.status === PolicyVersionStatus.SUPERSEDED) {
          reject(
            'INVALID_POLICY_VERSION',
            'Choose the draft or the version in force.',
            'answeredByPolicyVersion',
          );
        }
        item!.answeredByPolicy = version;
      }
      if (input.status && input.status !== item!.status) {
        if (ORDER.indexOf(input.status) < ORDER.indexOf(item!.status)) {
          reject('INVALID_STATUS_CHANGE', 'A status only moves forward.', 'status');
        }
        const now = new Date();
        if (ORDER.indexOf(input.status) >= ORDER.indexOf(FeedbackStatus.ANSWERED)) {
          if (!item!.response || item!.response.length < 3) {
            reject('RESPONSE_REQUIRED', 'Record the response given first.', 'response');
          }
          item!.answeredAt ??= now;
        }
        if (input.status === FeedbackStatus.CLOSED) item!.closedAt = now;
        item!.status = input.status;
      }
      await tx.flush();
      recordAudit(tx, actorOf(ctx), {
        action: 'feedback.update',
        targetType: 'FeedbackItem',
        targetId: item!.id,
        before,
        after: {
          status: item!.status,
          assignee: item!.assignee?.username ?? null,
          response: item!.response ?? null,
        },
      });
      return { item: item! };
    });
    return r.ok ? { item: toObject(r.item), errors: [] } : { item: null, errors: r.errors };
  }

  @Access([Role.MANAGER])
  @Query(() => [ImprovementActionObject], {
    description: 'Improvement actions opened by low ratings, oldest open first. Access: manager.',
  })
  async improvementActions(
    @Arg('status', () => ImprovementStatus, { nullable: true, description: 'Only this status.' })
    status: ImprovementStatus | null,
    @Ctx() ctx: Context,
  ): Promise<ImprovementActionObject[]> {
    const actions = await ctx.em.find(ImprovementAction, status ? { status } : {}, {
      orderBy: { status: 'desc', openedAt: 'asc' },
      limit: 200,
      populate: ['response.invitation.transaction'],
    });
    return actions.map(toActionObject);
  }

  @Access([Role.MANAGER])
  @Mutation(() => ImprovementActionPayload, {
    description: 'Closes an improvement action with what was done. Access: manager.',
  })
  async improvementActionClose(
    @Arg('id', () => ID, { description: 'The action.' }) id: string,
    @Arg('actionTaken', () => String, { description: 'What was done (3–4,000 characters).' })
    actionTaken: string,
    @Ctx() ctx: Context,
  ): Promise<ImprovementActionPayload> {
    const r = await inTransaction(ctx.em, async (tx) => {
      const action = await tx.findOne(
        ImprovementAction,
        { id: parseId(id) },
        { populate: ['response.invitation.transaction'] },
      );
      if (!action) reject('NOT_FOUND', 'No such action.', 'id');
      if (action!.status === ImprovementStatus.CLOSED)
        reject('ALREADY_CLOSED', 'It is already closed.', 'id');
      const text = actionTaken.trim();
      if (text.length < 3 || text.length > 4000)
        reject('ACTION_REQUIRED', 'Write what was done.', 'actionTaken');
      action!.status = ImprovementStatus.CLOSED;
      action!.actionTaken = text;
      action!.closedAt = new Date();
      action!.closedBy = ctx.user;
      await tx.flush();
      recordAudit(tx, actorOf(ctx), {
        action: 'improvement.close',
        targetType: 'ImprovementAction',
        targetId: action!.id,
        after: { actionTaken: text },
      });
      return { action: action! };
    });
    return r.ok
      ? { action: toActionObject(r.action), errors: [] }
      : { action: null, errors: r.errors };
  }
}

function toActionObject(a: ImprovementAction): ImprovementActionObject {
  const invitation = a.response.invitation;
  return {
    id: a.id,
    status: a.status,
    openedAt: a.openedAt,
    overall: a.response.overall,
    comment: a.response.comment ?? null,
    transactionReference: invitation.transaction.reference,
    channelKey: invitation.channelKey,
    actionTaken: a.actionTaken ?? null,
    closedAt: a.closedAt ?? null,
  };
}
