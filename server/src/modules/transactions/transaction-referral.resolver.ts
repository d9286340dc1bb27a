import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { Access } from '../common/access.js';
import { OFFICER_ROLES, Role } from '../common/role.js';
import { parseId } from '../common/input.js';
import { caller } from './transaction-caller.js';
import * as referral from './transaction-referral.service.js';
import {
  ReferralReasonSaveInput,
  targetOf,
  TransactionReferInput,
  TransactionReturnFromReferralInput,
} from './transaction.inputs.js';
import {
  ReferralReasonSavePayload,
  toTransactionResult,
  TransactionReferPayload,
  TransactionReturnFromReferralPayload,
} from './transaction.types.js';

/** Step 3: referring to the social-research officer and back, and the referral reasons. */
@Resolver()
export class TransactionReferralResolver {
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
  @Mutation(() => TransactionReferPayload, {
    description:
      'Refers the beneficiary to a social-research officer (step 3) with a reason, when the procedure is unclear to them. Access: staff, manager.',
  })
  async transactionRefer(
    @Arg('input', () => TransactionReferInput, { description: 'Researcher and reason.' })
    input: TransactionReferInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionReferPayload> {
    return toTransactionResult(
      await referral.refer(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
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
    return toTransactionResult(
      await referral.returnFromReferral(ctx.em, actorOf(ctx), caller(ctx), {
        ...targetOf(input),
        guidance: input.guidance,
      }),
    );
  }
}
