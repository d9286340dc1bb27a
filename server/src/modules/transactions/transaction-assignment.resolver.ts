import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { actorOf, type Context } from '../../context.js';
import { toUserType, UserType } from '../accounts/accounts.types.js';
import { Access } from '../common/access.js';
import { parseId } from '../common/input.js';
import { Role } from '../common/role.js';
import { caller } from './transaction-caller.js';
import type { Transaction } from './transaction.entity.js';
import { toTransactionResult, TransactionType } from './transaction.types.js';
import {
  assignmentCandidates,
  assignTransaction,
  assignTransactions,
  mayAssign,
} from './transaction-assignment.service.js';
import {
  TransactionAssignInput,
  TransactionsAssignInput,
} from './transaction-assignment.inputs.js';
import {
  toTransactionsAssignPayload,
  TransactionAssignPayload,
  TransactionsAssignPayload,
} from './transaction-assignment.types.js';

/** Who may assign: the rule itself (transaction-assignment.service.ts) narrows it down. */
const ASSIGNING_ROLES = [Role.STAFF, Role.RESEARCHER, Role.MANAGER];

/** Handing a transaction to another officer, one or many, and what the page needs to offer it. */
@Resolver(() => TransactionType)
export class TransactionAssignmentResolver {
  @Access(ASSIGNING_ROLES)
  @Mutation(() => TransactionAssignPayload, {
    description:
      'Assigns a transaction that is not closed to another officer, with a reason, on its timeline. A manager assigns any; a relations officer (a social-research officer while it is referred) takes an unassigned one or hands their own on. Access: staff, researcher, manager.',
  })
  async transactionAssign(
    @Arg('input', () => TransactionAssignInput, { description: 'Transaction and assignee.' })
    input: TransactionAssignInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionAssignPayload> {
    return toTransactionResult(
      await assignTransaction(ctx.em, actorOf(ctx), caller(ctx), {
        transactionId: parseId(input.transactionId, 'transactionId'),
        assigneeId: parseId(input.assigneeId, 'assigneeId'),
        reason: input.reason,
        expectedVersion: input.expectedVersion,
      }),
    );
  }

  @Access(ASSIGNING_ROLES)
  @Mutation(() => TransactionsAssignPayload, {
    description:
      'Assigns up to 100 transactions to one officer in one go: all of them, or none with the reason for each that could not be (the same rule as transactionAssign). Access: staff, researcher, manager.',
  })
  async transactionsAssign(
    @Arg('input', () => TransactionsAssignInput, { description: 'Transactions and assignee.' })
    input: TransactionsAssignInput,
    @Ctx() ctx: Context,
  ): Promise<TransactionsAssignPayload> {
    return toTransactionsAssignPayload(
      await assignTransactions(ctx.em, actorOf(ctx), caller(ctx), {
        transactionIds: input.transactionIds.map((id, i) => parseId(id, `transactionIds.${i}`)),
        assigneeId: parseId(input.assigneeId, 'assigneeId'),
        reason: input.reason,
      }),
    );
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the caller may assign it to someone now (transactionAssign). Readable by whoever reads the transaction.',
  })
  canAssign(@Root() t: Transaction, @Ctx() ctx: Context): boolean {
    return !!ctx.user && mayAssign(t, ctx.user);
  }

  @FieldResolver(() => [UserType], {
    description:
      'Who the caller may assign it to now: active users holding the role that works it (social-research officers while referred, relations officers otherwise), by name; empty when the caller may not assign it. Read once per role per request, so a list may ask it on every row. Readable by whoever reads the transaction.',
  })
  async assignmentCandidates(@Root() t: Transaction, @Ctx() ctx: Context): Promise<UserType[]> {
    if (!ctx.user) return [];
    return (await assignmentCandidates(ctx.em, t, ctx.user)).map(toUserType);
  }
}
