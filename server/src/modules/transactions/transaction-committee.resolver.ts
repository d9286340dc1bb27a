import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../common/access.js';
import { OFFICER_ROLES, Role } from '../common/role.js';
import { caller, closing } from './transaction-caller.js';
import * as committee from './transaction-committee.service.js';
import {
  targetOf,
  TransactionDecideInput,
  TransactionResumeInput,
  TransactionSubmitToCommitteeInput,
} from './transaction.inputs.js';
import {
  toTransactionResult,
  TransactionDecidePayload,
  TransactionResumePayload,
  TransactionSubmitToCommitteePayload,
} from './transaction.types.js';

/** Step 5: submitting to the research committee, its decisions, and resuming a deferral. */
@Resolver()
export class TransactionCommitteeResolver {
  @Access(OFFICER_ROLES)
  @Mutation(() => TransactionSubmitToCommitteePayload, {
    description:
      'Submits the request to the research committee (step 5); due date = now + the step’s window. Access: staff, manager.',
  })
  async transactionSubmitToCommittee(
    @Arg('input', () => TransactionSubmitToCommitteeInput, {
      description: 'Target, note and checklist items.',
    })
    input: TransactionSubmitToCommitteeInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionSubmitToCommitteePayload> {
    return toTransactionResult(
      await committee.submitToCommittee(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
        checkedItems: input.checkedItems,
      }),
    );
  }

  @Access([Role.COMMITTEE])
  @Mutation(() => TransactionDecidePayload, {
    description:
      'A committee member approves, rejects or defers (for missing documents), always with a reason. Access: committee.',
  })
  transactionDecide(
    @Arg('input', () => TransactionDecideInput, {
      description: 'Decision, reason and checklist items.',
    })
    input: TransactionDecideInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionDecidePayload> {
    return closing(
      ctx,
      committee.decide(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
        decision: input.decision,
        reason: input.reason,
        checkedItems: input.checkedItems,
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
    return toTransactionResult(
      await committee.resume(ctx.em, actorOf(ctx), caller(ctx), targetOf(input)),
    );
  }
}
