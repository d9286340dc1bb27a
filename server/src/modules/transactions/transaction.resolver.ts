import { ref } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access, SIGNED_IN } from '../accounts/access.js';
import { toUserType, UserType } from '../accounts/accounts.types.js';
import { OFFICER_ROLES, PERSONAL_DATA_ROLES, Role } from '../accounts/role.js';
import { User } from '../accounts/user.entity.js';
import {
  notePersonalDataRead,
  recordPersonalDataSearch,
} from '../beneficiaries/personal-data-reads.js';
import { BeneficiaryType, toBeneficiaryType } from '../beneficiaries/beneficiary.type.js';
import { checkPageSize, decodeKeyset, toConnection } from '../common/connection.js';
import { badInput, unauthenticated } from '../common/errors.js';
import { parseId } from '../common/input.js';
import { Channel } from '../policy/channel.entity.js';
import { HandlingStep } from '../policy/handling-step.entity.js';
import { ReferralReason } from './referral-reason.entity.js';
import { Transaction, TransactionEvent } from './transaction.entity.js';
import { TransactionStatus } from './transaction.enums.js';
import * as workflow from './transaction.service.js';
import { listOrder, transactionPage, transactionWhere } from './transaction-list.js';
import {
  TransactionAttestInput,
  TransactionCompleteStepInput,
  TransactionConnection,
  TransactionDecideInput,
  TransactionDeliverInput,
  TransactionEventObject,
  TransactionFilter,
  TransactionObject,
  TransactionOpenInput,
  TransactionPayload,
  TransactionReferInput,
  TransactionReturnInput,
  TransactionSort,
  TransactionTargetInput,
  TransactionWithdrawInput,
  ReferralReasonPayload,
  ReferralReasonSaveInput,
} from './transaction.types.js';
import { recordAudit } from '../audit/audit.service.js';
import { text } from '../common/localized-text.js';
import { isRateable, issueForTransaction } from '../satisfaction/survey.service.js';

const payload = (r: workflow.TxResult): TransactionPayload =>
  r.ok
    ? { transaction: r.transaction as unknown as TransactionObject, errors: [] }
    : { transaction: null, errors: r.errors };

/**
 * A closing action's payload, with a survey link issued when the transaction ended in a way
 * the beneficiary is asked to rate. The link is shown once; if issuing fails, the close stands
 * and an officer can issue one from the transaction page.
 */
async function withSurvey(ctx: Context, r: workflow.TxResult): Promise<TransactionPayload> {
  const result = payload(r);
  if (!r.ok || !isRateable(r.transaction)) return result;
  const issued = await issueForTransaction(
    ctx.em,
    actorOf(ctx),
    r.transaction.id,
    ctx.user,
    ctx.surveyValidDays,
  );
  if (issued.ok) {
    result.surveyInvitation = {
      id: issued.invitation.id,
      token: issued.token,
      expiresAt: issued.invitation.expiresAt,
    };
  }
  return result;
}

function caller(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

/** The filters of `filter` that look a person up (their names only, never their values). */
const personLookupBy = (filter: TransactionFilter | null): string[] =>
  [filter?.search?.trim() ? 'search' : null, filter?.beneficiaryId ? 'beneficiaryId' : null].filter(
    (k): k is string => k !== null,
  );

const target = (input: TransactionTargetInput) => ({
  id: parseId(input.id, 'id'),
  expectedVersion: input.expectedVersion,
  note: input.note,
});

@Resolver()
export class TransactionQueryResolver {
  @Access(PERSONAL_DATA_ROLES)
  @Query(() => TransactionConnection, {
    description:
      'Transactions, newest first unless sorted otherwise. Access: staff, researcher, committee, manager.',
  })
  async transactions(
    @Arg('filter', () => TransactionFilter, { nullable: true, description: 'Conditions.' })
    filter: TransactionFilter | null,
    @Arg('sort', () => TransactionSort, {
      nullable: true,
      description: 'Order; newest first when omitted.',
    })
    sort: TransactionSort | null,
    @Arg('first', () => Int, { defaultValue: 20, description: 'Page size, 1–100.' }) first: number,
    @Arg('after', () => String, { nullable: true, description: 'Cursor to continue after.' })
    after: string | null,
    @Ctx() ctx: Context,
  ) {
    checkPageSize(first);
    const where = transactionWhere(filter, caller(ctx));
    const order = listOrder(sort);
    const position = decodeKeyset(after);
    const [rows, totalCount] = await transactionPage(ctx.em, filter, where, order, position, first);
    // Looking a person up (by national ID, mobile or name, or one beneficiary's transactions)
    // reads personal data even when no beneficiary field is asked for: audited, without the term.
    const lookup = personLookupBy(filter);
    if (lookup.length) {
      await recordPersonalDataSearch(ctx, {
        action: 'transaction.search',
        by: lookup,
        matches: totalCount,
        beneficiaryIds: rows.slice(0, first).map((t) => t.beneficiary.id),
      });
    }
    return toConnection(
      rows,
      { first, after },
      totalCount,
      (t) => t as unknown as TransactionObject,
      order.cursorOf,
    );
  }

  @Access(PERSONAL_DATA_ROLES)
  @Query(() => TransactionObject, {
    nullable: true,
    description:
      'One transaction by id or reference. Access: staff, researcher, committee, manager.',
  })
  async transaction(
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id: string | null,
    @Arg('reference', () => String, { nullable: true, description: 'Or its reference.' })
    reference: string | null,
    @Ctx() ctx: Context,
  ): Promise<TransactionObject | null> {
    if (!id && !reference) throw badInput('Give an id or a reference.', 'id');
    const found = await ctx.em.findOne(
      Transaction,
      id ? { id: parseId(id, 'id') } : { reference: reference!.slice(0, 20) },
    );
    return found as unknown as TransactionObject | null;
  }

  @Access(SIGNED_IN)
  @Query(() => [ReferralReason], {
    description:
      'Reasons for a referral to the social-research officer. Access: any signed-in user.',
  })
  referralReasons(@Ctx() ctx: Context): Promise<ReferralReason[]> {
    return ctx.em.find(ReferralReason, { active: true }, { orderBy: { id: 'asc' } });
  }

  @Access([Role.MANAGER])
  @Mutation(() => ReferralReasonPayload, {
    description:
      'Adds a referral reason or changes one (by key); retiring keeps it on past referrals. Access: manager.',
  })
  async referralReasonSave(
    @Arg('input', () => ReferralReasonSaveInput, { description: 'The reason.' })
    input: ReferralReasonSaveInput,
    @Ctx() ctx: Context,
  ): Promise<ReferralReasonPayload> {
    const saved = await ctx.em.transactional(async (tx) => {
      const existing = await tx.findOne(ReferralReason, { key: input.key });
      const before = existing
        ? { label: { ...existing.label }, active: existing.active }
        : undefined;
      const reason =
        existing ?? tx.create(ReferralReason, { key: input.key, label: text({ ar: '', en: '' }) });
      reason.label = text({ ar: input.labelAr.trim(), en: input.labelEn.trim() });
      reason.active = input.active;
      await tx.flush();
      recordAudit(tx, actorOf(ctx), {
        action: existing ? 'referralReason.update' : 'referralReason.create',
        targetType: 'ReferralReason',
        targetId: reason.id,
        before,
        after: { key: reason.key, label: { ...reason.label }, active: reason.active },
      });
      return reason;
    });
    return { referralReason: saved, errors: [] };
  }

  @Access(OFFICER_ROLES)
  @Query(() => [UserType], {
    description: 'Active users holding a role, to assign or refer to. Access: staff, manager.',
  })
  async assignableUsers(
    @Arg('role', () => Role, { description: 'The role, e.g. RESEARCHER.' }) role: Role,
    @Ctx() ctx: Context,
  ): Promise<UserType[]> {
    const users = await ctx.em.find(
      User,
      { active: true, rolesText: { $like: `%${role}%` } },
      { orderBy: { displayName: 'asc' }, limit: 200 },
    );
    return users.filter((u) => u.roles.includes(role)).map(toUserType);
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description: 'Opens a transaction at step 1 under the active policy. Access: staff, manager.',
  })
  async transactionOpen(
    @Arg('input', () => TransactionOpenInput, { description: 'The transaction.' })
    input: TransactionOpenInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionPayload> {
    return payload(
      await workflow.openTransaction(ctx.em, actorOf(ctx), caller(ctx), {
        beneficiaryId: parseId(input.beneficiaryId, 'beneficiaryId'),
        channelKey: input.channelKey,
        type: input.type,
        subject: input.subject,
        assigneeId: input.assigneeId ? parseId(input.assigneeId, 'assigneeId') : null,
        note: input.note,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description:
      'Completes the current step (reception of a support request, verification, registration); refused while a required checklist item is unchecked. Access: staff, manager.',
  })
  async transactionCompleteStep(
    @Arg('input', () => TransactionCompleteStepInput, { description: 'Target and checklist.' })
    input: TransactionCompleteStepInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      await workflow.completeStep(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        checkedItems: input.checkedItems,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description: 'Closes an inquiry after step 1. Access: staff, manager.',
  })
  async transactionCloseInquiry(
    @Arg('input', () => TransactionTargetInput, { description: 'Target and note.' })
    input: TransactionTargetInput,
    @Ctx() ctx: Context,
  ) {
    return withSurvey(
      ctx,
      await workflow.closeInquiry(ctx.em, actorOf(ctx), caller(ctx), target(input)),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description:
      'Refers the beneficiary to a social-research officer (step 3) with a reason, when the procedure is unclear to them. Access: staff, manager.',
  })
  async transactionRefer(
    @Arg('input', () => TransactionReferInput, { description: 'Researcher and reason.' })
    input: TransactionReferInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      await workflow.refer(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        researcherId: parseId(input.researcherId, 'researcherId'),
        reasonKey: input.reasonKey,
      }),
    );
  }

  @Access([Role.RESEARCHER, Role.MANAGER])
  @Mutation(() => TransactionPayload, {
    description:
      'The researcher records the guidance given and returns the transaction to the step it came from. Access: researcher (the assigned one), manager.',
  })
  async transactionReturnFromReferral(
    @Arg('input', () => TransactionReturnInput, { description: 'Target and guidance.' })
    input: TransactionReturnInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      await workflow.returnFromReferral(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        guidance: input.guidance,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description:
      'Records the applicant’s attestation (step 4): the text shown, their confirmation, the witnessing officer, the time and a hash of the data as attested. Access: staff, manager.',
  })
  async transactionAttest(
    @Arg('input', () => TransactionAttestInput, { description: 'Attestation.' })
    input: TransactionAttestInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      await workflow.attest(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        attestationText: input.attestationText,
        applicantConfirmed: input.applicantConfirmed,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description:
      'Submits the request to the research committee (step 5); due date = now + the step’s window. Access: staff, manager.',
  })
  async transactionSubmitToCommittee(
    @Arg('input', () => TransactionTargetInput, { description: 'Target and note.' })
    input: TransactionTargetInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      await workflow.submitToCommittee(ctx.em, actorOf(ctx), caller(ctx), target(input)),
    );
  }

  @Access([Role.COMMITTEE])
  @Mutation(() => TransactionPayload, {
    description:
      'A committee member approves, rejects or defers (for missing documents), always with a reason. Access: committee.',
  })
  async transactionDecide(
    @Arg('input', () => TransactionDecideInput, { description: 'Decision and reason.' })
    input: TransactionDecideInput,
    @Ctx() ctx: Context,
  ) {
    return withSurvey(
      ctx,
      await workflow.decide(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        decision: input.decision,
        reason: input.reason,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description:
      'Returns a deferred request to the committee once the applicant supplied what was missing; the due date moves by the time it waited. Access: staff, manager.',
  })
  async transactionResume(
    @Arg('input', () => TransactionTargetInput, { description: 'Target and note.' })
    input: TransactionTargetInput,
    @Ctx() ctx: Context,
  ) {
    return payload(await workflow.resume(ctx.em, actorOf(ctx), caller(ctx), target(input)));
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description: 'Records the service delivered and closes (step 7). Access: staff, manager.',
  })
  async transactionDeliver(
    @Arg('input', () => TransactionDeliverInput, { description: 'What was delivered.' })
    input: TransactionDeliverInput,
    @Ctx() ctx: Context,
  ) {
    return withSurvey(
      ctx,
      await workflow.deliver(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        serviceDelivered: input.serviceDelivered,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionPayload, {
    description: 'Withdraws an open transaction, with a reason. Access: staff, manager.',
  })
  async transactionWithdraw(
    @Arg('input', () => TransactionWithdrawInput, { description: 'Reason.' })
    input: TransactionWithdrawInput,
    @Ctx() ctx: Context,
  ) {
    return payload(
      await workflow.withdraw(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        reason: input.reason,
      }),
    );
  }
}

/** Relations of a transaction, batched through MikroORM's dataloader. */
@Resolver(() => TransactionObject)
export class TransactionFieldsResolver {
  @FieldResolver(() => BeneficiaryType, {
    description: 'The beneficiary (personal data; the read is audited).',
  })
  async beneficiary(@Root() t: Transaction, @Ctx() ctx: Context): Promise<BeneficiaryType> {
    const b = await ref(t.beneficiary).loadOrFail({ dataloader: true });
    notePersonalDataRead(ctx, b.id);
    return toBeneficiaryType(b);
  }

  @FieldResolver(() => Channel, { description: 'The channel it came in by.' })
  channel(@Root() t: Transaction): Promise<Channel> {
    return ref(t.channel).loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => HandlingStep, { description: 'The step it is at.' })
  currentStep(@Root() t: Transaction): Promise<HandlingStep> {
    return ref(t.currentStep).loadOrFail({ dataloader: true });
  }

  @FieldResolver(() => Int, { description: 'Number of the policy version it is handled under.' })
  async policyVersionNumber(@Root() t: Transaction): Promise<number> {
    return (await ref(t.policyVersion).loadOrFail({ dataloader: true })).number;
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'Who is working on it now.' })
  async assignee(@Root() t: Transaction): Promise<UserType | null> {
    if (!t.assignee) return null;
    return toUserType(await ref(t.assignee).loadOrFail({ dataloader: true }));
  }

  @FieldResolver(() => Boolean, {
    description: 'True while awaiting the committee past its due date.',
  })
  committeeOverdue(@Root() t: Transaction): boolean {
    return (
      t.status === TransactionStatus.AWAITING_COMMITTEE &&
      !!t.committeeDueAt &&
      t.committeeDueAt < new Date()
    );
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Null before step 4; then whether the beneficiary’s data still matches what was attested.',
  })
  async attestationCurrent(@Root() t: Transaction): Promise<boolean | null> {
    if (!t.attestedDataHash) return null;
    const b = await ref(t.beneficiary).loadOrFail({ dataloader: true });
    return workflow.beneficiaryDataHash(b) === t.attestedDataHash;
  }

  @FieldResolver(() => [TransactionEventObject], { description: 'The timeline, oldest first.' })
  async timeline(@Root() t: Transaction): Promise<TransactionEventObject[]> {
    const events = await t.events.load({ dataloader: true });
    return events.getItems().map((e: TransactionEvent) => ({
      id: e.id,
      kind: e.kind,
      actorName: e.actorName,
      at: e.at,
      note: e.note ?? null,
      data: e.data ?? null,
    }));
  }

  @FieldResolver(() => [workflow.TransactionAction], {
    description: 'The actions the caller may take now.',
  })
  async availableActions(
    @Root() t: Transaction,
    @Ctx() ctx: Context,
  ): Promise<workflow.TransactionAction[]> {
    if (!ctx.user) return [];
    const step = await ref(t.currentStep).loadOrFail({ dataloader: true });
    return workflow.availableActions(t, step, ctx.user);
  }
}
