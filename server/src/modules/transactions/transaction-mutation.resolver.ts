import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../common/access.js';
import { OFFICER_ROLES } from '../common/role.js';
import { parseId } from '../common/input.js';
import { caller, closing } from './transaction-caller.js';
import * as steps from './transaction-steps.service.js';
import {
  targetOf,
  TransactionAttestInput,
  TransactionCloseInquiryInput,
  TransactionCompleteStepInput,
  TransactionDeliverInput,
  TransactionOpenInput,
  TransactionWithdrawInput,
} from './transaction.inputs.js';
import {
  toTransactionResult,
  TransactionAttestPayload,
  TransactionCloseInquiryPayload,
  TransactionCompleteStepPayload,
  TransactionDeliverPayload,
  TransactionOpenPayload,
  TransactionWithdrawPayload,
} from './transaction.types.js';

/** The workflow's own steps: open, complete a step, close an inquiry, attest, deliver, withdraw. */
@Resolver()
export class TransactionMutationResolver {
  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionOpenPayload, {
    description: 'Opens a transaction at step 1 under the active policy. Access: staff, manager.',
  })
  async transactionOpen(
    @Arg('input', () => TransactionOpenInput, { description: 'The transaction.' })
    input: TransactionOpenInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionOpenPayload> {
    return toTransactionResult(
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
    return toTransactionResult(
      await steps.completeStep(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
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
    return closing(ctx, steps.closeInquiry(ctx.em, actorOf(ctx), caller(ctx), targetOf(input)));
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
    return toTransactionResult(
      await steps.attest(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
        attestationText: input.attestationText,
        applicantConfirmed: input.applicantConfirmed,
      }),
    );
  }

  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionDeliverPayload, {
    description: 'Records the service delivered and closes (step 7). Access: staff, manager.',
  })
  transactionDeliver(
    @Arg('input', () => TransactionDeliverInput, {
      description: 'What was delivered, and the checklist items.',
    })
    input: TransactionDeliverInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionDeliverPayload> {
    return closing(
      ctx,
      steps.deliver(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
        serviceDelivered: input.serviceDelivered,
        checkedItems: input.checkedItems,
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
      ...targetOf(input),
      reason: input.reason,
    });
    // It closes the transaction, but a withdrawal is never rated: no link.
    return { ...toTransactionResult(r), surveyInvitation: null };
  }
}
