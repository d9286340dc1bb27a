import { ReferralReason } from './referral-reason.entity.js';
import { Transaction, TransactionEvent } from './transaction.entity.js';
import { TransactionFieldsResolver, TransactionQueryResolver } from './transaction.resolver.js';

/** Transactions through the policy's handling steps. */
export const transactionsModule = {
  entities: [Transaction, TransactionEvent, ReferralReason],
  resolvers: [TransactionQueryResolver, TransactionFieldsResolver],
} as const;
