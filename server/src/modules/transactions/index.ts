import { ReferralReason } from './referral-reason.entity.js';
import { Transaction, TransactionEvent } from './transaction.entity.js';
import { TransactionView } from './transaction-view.entity.js';
import { TransactionViewResolver } from './transaction-view.resolver.js';
import { TransactionEventFieldsResolver } from './transaction-event-fields.resolver.js';
import { TransactionFieldsResolver } from './transaction-fields.resolver.js';
import { TransactionAssignmentResolver } from './transaction-assignment.resolver.js';
import { TransactionNote } from './transaction-note.entity.js';
import {
  TransactionNoteFieldsResolver,
  TransactionNoteResolver,
} from './transaction-note.resolver.js';
import { TransactionCommitteeResolver } from './transaction-committee.resolver.js';
import { TransactionEarlierResolver } from './transaction-earlier.resolver.js';
import { TransactionMutationResolver } from './transaction-mutation.resolver.js';
import { TransactionQueryResolver } from './transaction-query.resolver.js';
import { TransactionReferralResolver } from './transaction-referral.resolver.js';

/** Transactions through the policy's handling steps. */
export const transactionsModule = {
  entities: [Transaction, TransactionEvent, ReferralReason, TransactionView, TransactionNote],
  resolvers: [
    TransactionQueryResolver,
    TransactionMutationResolver,
    TransactionReferralResolver,
    TransactionCommitteeResolver,
    TransactionFieldsResolver,
    TransactionEarlierResolver,
    TransactionEventFieldsResolver,
    TransactionAssignmentResolver,
    TransactionNoteResolver,
    TransactionNoteFieldsResolver,
    TransactionViewResolver,
  ],
} as const;
