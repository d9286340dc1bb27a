import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../common/payload.js';
import type { Transaction } from './transaction.entity.js';
import { TransactionChange, TransactionType } from './transaction.types.js';
import type { BulkAssignResult } from './transaction-assignment.service.js';

@ObjectType({
  description: 'Result of transactionAssign.',
  implements: TransactionChange,
})
export class TransactionAssignPayload extends TransactionChange {}

@ObjectType('TransactionAssignFailure', {
  description:
    'A transaction a bulk assignment could not take, and why. Access: staff, researcher, manager.',
})
export class TransactionAssignFailure {
  @Field(() => ID, { description: 'The transaction, as given.' })
  transactionId!: string;

  @Field(() => String, { nullable: true, description: 'Its reference; null when there is none.' })
  reference!: string | null;

  @Field(() => String, {
    description:
      'NOT_FOUND, TRANSACTION_CLOSED, FORBIDDEN (yours to hand on only) or INVALID_ASSIGNEE.',
  })
  code!: string;

  @Field(() => String, { description: 'Message for people.' })
  message!: string;
}

@ObjectType({ description: 'Result of transactionsAssign: all assigned, or none.' })
export class TransactionsAssignPayload {
  @Field(() => [TransactionType], {
    description: 'The transactions after the assignment, in the order given; empty when refused.',
  })
  transactions!: Transaction[];

  @Field(() => [UserError], {
    description: 'What was wrong with the request (nothing changed); empty on success.',
  })
  errors!: UserError[];

  @Field(() => [TransactionAssignFailure], {
    description: 'The transactions that could not be assigned (nothing changed); empty on success.',
  })
  failures!: TransactionAssignFailure[];
}

export const toTransactionsAssignPayload = (r: BulkAssignResult): TransactionsAssignPayload =>
  r.ok
    ? { transactions: r.transactions, errors: [], failures: [] }
    : { transactions: [], errors: r.errors, failures: r.failures };
