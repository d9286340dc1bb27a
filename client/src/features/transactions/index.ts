import {
  mdiAccountGroupOutline,
  mdiAccountSearchOutline,
  mdiFileDocumentMultipleOutline,
} from '@mdi/js';
import { accessOf, narrowAccess, type Access } from '@/shared/access';
import type { Feature } from '@/shared/feature';

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

/** Transactions through the policy's handling steps, and the committee's and researcher's queues. */
export const transactionsFeature: Feature = {
  name: 'transactions',
  routes: [
    {
      path: '/transactions',
      name: 'transactions',
      component: () => import('./pages/TransactionsPage.vue'),
      meta: { titleKey: 'transactions.pageTitle', roles: TRANSACTIONS_ACCESS },
    },
    {
      path: '/transactions/new',
      name: 'transaction-new',
      component: () => import('./pages/NewTransactionPage.vue'),
      meta: { titleKey: 'transactions.open.title', roles: OFFICER_ACCESS },
    },
    {
      path: '/transactions/:reference',
      name: 'transaction',
      component: () => import('./pages/TransactionPage.vue'),
      meta: { titleKey: 'transactions.pageTitleOne', roles: TRANSACTIONS_ACCESS },
    },
    {
      path: '/committee',
      name: 'committee',
      component: () => import('./pages/CommitteeQueuePage.vue'),
      meta: { titleKey: 'committee.pageTitle', roles: COMMITTEE_QUEUE_ACCESS },
    },
    {
      path: '/referrals',
      name: 'referrals',
      component: () => import('./pages/ReferralQueuePage.vue'),
      meta: { titleKey: 'referrals.pageTitle', roles: REFERRAL_QUEUE_ACCESS },
    },
  ],
  nav: [
    {
      name: 'transactions',
      to: '/transactions',
      titleKey: 'nav.transactions',
      icon: mdiFileDocumentMultipleOutline,
      section: 'work',
      roles: TRANSACTIONS_ACCESS,
    },
    {
      name: 'committee',
      to: '/committee',
      titleKey: 'nav.committee',
      icon: mdiAccountGroupOutline,
      section: 'work',
      roles: COMMITTEE_QUEUE_ACCESS,
    },
    {
      name: 'referrals',
      to: '/referrals',
      titleKey: 'nav.referrals',
      icon: mdiAccountSearchOutline,
      section: 'work',
      roles: REFERRAL_QUEUE_ACCESS,
    },
  ],
};
