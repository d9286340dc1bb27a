import {
  mdiAccountGroupOutline,
  mdiAccountSearchOutline,
  mdiFileDocumentMultipleOutline,
} from '@mdi/js';
import type { RouteComponent } from 'vue-router';
import { accessOf, narrowAccess, type Access } from '@/shared/access';
import { defineFeature, type Feature, type FeatureNav } from '@/shared/feature';

/** Who reads transactions (as the server's `transactions` and `transaction`). */
export const TRANSACTIONS_ACCESS: Access = accessOf('Query.transactions');
/** Who opens transactions and acts on the officers' steps. */
export const OFFICER_ACCESS: Access = accessOf('Mutation.transactionOpen');
/** The committee's queue: its members, and managers who follow it. */
export const COMMITTEE_QUEUE_ACCESS: Access = narrowAccess('Query.transactions', [
  'COMMITTEE',
  'MANAGER',
]);
/** The researcher's queue: social-research officers, and managers. */
export const REFERRAL_QUEUE_ACCESS: Access = narrowAccess('Query.transactions', [
  'RESEARCHER',
  'MANAGER',
]);

const PAGES = import.meta.glob<RouteComponent>('./pages/*.vue', { import: 'default' });
const NAV: FeatureNav = {
  transactions: ['work', mdiFileDocumentMultipleOutline],
  committee: ['work', mdiAccountGroupOutline],
  referrals: ['work', mdiAccountSearchOutline],
};

/** Transactions through the policy's handling steps, and the committee's and researcher's queues. */
export const transactionsFeature: Feature = defineFeature('transactions', PAGES, NAV, [
  [
    '/transactions',
    'transactions',
    'TransactionsPage',
    'transactions.pageTitle',
    TRANSACTIONS_ACCESS,
    { messages: ['transactions', 'transactionList', 'errors', 'office'] },
  ],
  [
    '/transactions/new',
    'transaction-new',
    'NewTransactionPage',
    'transactions.open.title',
    OFFICER_ACCESS,
    { messages: ['transactions', 'beneficiaries', 'errors', 'office'] },
  ],
  [
    '/transactions/:reference',
    'transaction',
    'TransactionPage',
    'transactions.pageTitleOne',
    TRANSACTIONS_ACCESS,
    {
      messages: [
        'transactions',
        'transaction',
        'surveyLinks',
        'survey',
        'documents',
        'research',
        'support',
        'errors',
        'office',
      ],
    },
  ],
  [
    '/committee',
    'committee',
    'CommitteeQueuePage',
    'committee.pageTitle',
    COMMITTEE_QUEUE_ACCESS,
    { messages: ['transactions', 'errors', 'office'] },
  ],
  [
    '/referrals',
    'referrals',
    'ReferralQueuePage',
    'referrals.pageTitle',
    REFERRAL_QUEUE_ACCESS,
    { messages: ['transactions', 'errors', 'office'] },
  ],
]);
