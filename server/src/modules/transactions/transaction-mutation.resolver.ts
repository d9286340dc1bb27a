import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../accounts/access.js';
import { OFFICER_ROLES, Role } from '../accounts/role.js';
import type { User } from '../accounts/user.entity.js';
import { unauthenticated } from '../common/errors.js';
import { parseId } from '../common/input.js';
import {
  ReferralReasonSaveInput,
  TransactionAttestInput,
  TransactionCloseInquiryInput,
  TransactionCompleteStepInput,
  TransactionDecideInput,
  TransactionDeliverInput,
  TransactionOpenInput,
  TransactionReferInput,
  TransactionResumeInput,
  TransactionReturnFromReferralInput,
  TransactionSubmitToCommitteeInput,
  TransactionWithdrawInput,
  type TransactionTargetInput,
} from './transaction.inputs.js';
import { withSurveyLink, type ClosingResult, type TxResult } from './transaction.service.js';
import * as committee from './transaction-committee.service.js';
import * as referral from './transaction-referral.service.js';
import * as steps from './transaction-steps.service.js';
import {
  ReferralReasonSavePayload,
  TransactionAttestPayload,
  TransactionCloseInquiryPayload,
  TransactionCompleteStepPayload,
  TransactionDecidePayload,
  TransactionDeliverPayload,
  TransactionOpenPayload,
  TransactionReferPayload,
  TransactionResumePayload,
  TransactionReturnFromReferralPayload,
  TransactionSubmitToCommitteePayload,
  TransactionWithdrawPayload,
  type ClosingTransactionResult,
  type TransactionResult,
} from './transaction.types.js';

const payload = (r: TxResult): TransactionResult =>
  r.ok ? { transaction: r.transaction, errors: [] } : { transaction: null, errors: r.errors };

const closingPayload = (r: ClosingResult): ClosingTransactionResult =>
  r.ok
    ? { transaction: r.transaction, errors: [], surveyInvitation: r.surveyInvitation }
    : { transaction: null, errors: r.errors, surveyInvitation: null };

function caller(ctx: Context): User {
  if (!ctx.user) throw unauthenticated();
  return ctx.user;
}

const target = (input: TransactionTargetInput) => ({
  id: parseId(input.id, 'id'),
  expectedVersion: input.expectedVersion,
  note: input.note,
});

/** Closes through `action`, then issues the satisfaction-survey link when the close is rateable. */
async function closing(ctx: Context, action: Promise<TxResult>) {
  const r = await action;
  return closingPayload(
    await withSurveyLink(ctx.em, actorOf(ctx), caller(ctx), ctx.surveyValidDays, r),
  );
}

/** The actions on a transaction (one mutation each) and the referral reasons' list. */
@Resolver()
export class TransactionMutationResolver {
  @Access([Role.MANAGER])
  @Mutation(() => ReferralReasonSavePayload, {
    description:
      'Adds a referral reason or changes one (by key); retiring keeps it on past referrals. Access: manager.',
  })
  async referralReasonSave(
    @Arg('input', () => ReferralReasonSaveInput, { description: 'The reason.' })
    input: ReferralReasonSaveInput,
    @Ctx() ctx: Context,
  ): Promise<ReferralReasonSavePayload> {
    const saved = await referral.saveReferralReason(ctx.em, actorOf(ctx), input);
    return { referralReason: saved, errors: [] };
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionOpenPayload, {
    description: 'Opens a transaction at step 1 under the active policy. Access: staff, manager.',
  })
  async transactionOpen(
    @Arg('input', () => TransactionOpenInput, { description: 'The transaction.' })
    input: TransactionOpenInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionOpenPayload> {
    return payload(
      await steps.openTransaction(ctx.em, actorOf(ctx), caller(ctx), {
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
  @Mutation(() => TransactionCompleteStepPayload, {
    description:
      'Completes the current step (reception of a support request, verification, registration); refused while a required checklist item is unchecked. Access: staff, manager.',
  })
  async transactionCompleteStep(
    @Arg('input', () => TransactionCompleteStepInput, { description: 'Target and checklist.' })
    input: TransactionCompleteStepInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionCompleteStepPayload> {
    return payload(
      await steps.completeStep(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        checkedItems: input.checkedItems,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionCloseInquiryPayload, {
    description:
      'Closes an inquiry after step 1 (answered), issuing its satisfaction-survey link. Access: staff, manager.',
  })
  transactionCloseInquiry(
    @Arg('input', () => TransactionCloseInquiryInput, { description: 'Target and note.' })
    input: TransactionCloseInquiryInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionCloseInquiryPayload> {
    return closing(ctx, steps.closeInquiry(ctx.em, actorOf(ctx), caller(ctx), target(input)));
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionReferPayload, {
    description:
      'Refers the beneficiary to a social-research officer (step 3) with a reason, when the procedure is unclear to them. Access: staff, manager.',
  })
  async transactionRefer(
    @Arg('input', () => TransactionReferInput, { description: 'Researcher and reason.' })
    input: TransactionReferInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionReferPayload> {
    return payload(
      await referral.refer(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        researcherId: parseId(input.researcherId, 'researcherId'),
        reasonKey: input.reasonKey,
      }),
    );
  }

  @Access([Role.RESEARCHER, Role.MANAGER])
  @Mutation(() => TransactionReturnFromReferralPayload, {
    description:
      'The researcher records the guidance given and returns the transaction to the step it came from. Access: researcher (the assigned one), manager.',
  })
  async transactionReturnFromReferral(
    @Arg('input', () => TransactionReturnFromReferralInput, {
      description: 'Target and guidance.',
    })
    input: TransactionReturnFromReferralInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionReturnFromReferralPayload> {
    return payload(
      await referral.returnFromReferral(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        guidance: input.guidance,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionAttestPayload, {
    description:
      'Records the applicant’s attestation (step 4): the text shown, their confirmation, the witnessing officer, the time and a hash of the data as attested. Access: staff, manager.',
  })
  async transactionAttest(
    @Arg('input', () => TransactionAttestInput, { description: 'Attestation.' })
    input: TransactionAttestInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionAttestPayload> {
    return payload(
      await steps.attest(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        attestationText: input.attestationText,
        applicantConfirmed: input.applicantConfirmed,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionSubmitToCommitteePayload, {
    description:
      'Submits the request to the research committee (step 5); due date = now + the step’s window. Access: staff, manager.',
  })
  async transactionSubmitToCommittee(
    @Arg('input', () => TransactionSubmitToCommitteeInput, { description: 'Target and note.' })
    input: TransactionSubmitToCommitteeInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionSubmitToCommitteePayload> {
    return payload(
      await committee.submitToCommittee(ctx.em, actorOf(ctx), caller(ctx), target(input)),
    );
  }

  @Access([Role.COMMITTEE])
  @Mutation(() => TransactionDecidePayload, {
    description:
      'A committee member approves, rejects or defers (for missing documents), always with a reason. Access: committee.',
  })
  transactionDecide(
    @Arg('input', () => TransactionDecideInput, { description: 'Decision and reason.' })
    input: TransactionDecideInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionDecidePayload> {
    return closing(
      ctx,
      committee.decide(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        decision: input.decision,
        reason: input.reason,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionResumePayload, {
    description:
      'Returns a deferred request to the committee once the applicant supplied what was missing; the due date moves by the time it waited. Access: staff, manager.',
  })
  async transactionResume(
    @Arg('input', () => TransactionResumeInput, { description: 'Target and note.' })
    input: TransactionResumeInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionResumePayload> {
    return payload(await committee.resume(ctx.em, actorOf(ctx), caller(ctx), target(input)));
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionDeliverPayload, {
    description: 'Records the service delivered and closes (step 7). Access: staff, manager.',
  })
  transactionDeliver(
    @Arg('input', () => TransactionDeliverInput, { description: 'What was delivered.' })
    input: TransactionDeliverInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionDeliverPayload> {
    return closing(
      ctx,
      steps.deliver(ctx.em, actorOf(ctx), caller(ctx), {
        ...target(input),
        serviceDelivered: input.serviceDelivered,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionWithdrawPayload, {
    description:
      'Withdraws a transaction that is not closed, with a reason; no survey link is issued. Access: staff, manager.',
  })
  async transactionWithdraw(
    @Arg('input', () => TransactionWithdrawInput, { description: 'Reason.' })
    input: TransactionWithdrawInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionWithdrawPayload> {
    const r = await steps.withdraw(ctx.em, actorOf(ctx), caller(ctx), {
      ...target(input),
      reason: input.reason,
    });
    // It closes the transaction, but a withdrawal is never rated: no link.
    return { ...payload(r), surveyInvitation: null };
  }
}
