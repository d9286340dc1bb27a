import type { TransactionDetailFragment } from '@/gql/graphql';

const text = (ar: string, en: string) => ({ __typename: 'LocalizedText' as const, ar, en });

/** A support request at step 4 (attestation), as the transaction page receives it. */
export function transactionAt(
  overrides: Partial<TransactionDetailFragment> = {},
): TransactionDetailFragment {
  return {
    __typename: 'Transaction',
    id: '1',
    reference: 'MSR-2026-000001',
    status: 'OPEN',
    outcome: null,
    type: 'SUPPORT_REQUEST',
    subject: 'طلب مساعدة',
    openedAt: '2026-11-27T05:00:00.000Z',
    closedAt: null,
    committeeDueAt: null,
    committeeOverdue: false,
    committeeSubmittedAt: null,
    version: 4,
    policyVersionNumber: 1,
    attestationCurrent: null,
    availableActions: ['ATTEST', 'WITHDRAW'],
    beneficiary: {
      __typename: 'Beneficiary',
      id: '5',
      fullName: 'فاطمة أحمد',
      nationalId: '1087654321',
      mobile: '+966551234567',
      city: 'الرياض',
      gender: 'FEMALE',
      dateOfBirth: null,
      notes: null,
      createdAt: '2026-11-27T05:00:00.000Z',
      updatedAt: '2026-11-27T05:00:00.000Z',
    },
    channel: {
      __typename: 'Channel',
      id: '1',
      key: 'IN_PERSON',
      name: text('المقابلة', 'In person'),
    },
    assignee: { __typename: 'User', id: '7', username: 'sara', displayName: 'سارة' },
    currentStep: {
      __typename: 'HandlingStep',
      id: '4',
      key: 'ATTESTATION',
      position: 4,
      conditional: false,
      performerRole: 'STAFF',
      windowDays: null,
      title: text('إقرار صحة البيانات', 'Attest to the data'),
      text: text('…', '…'),
      checklist: [],
      tools: [],
    },
    timeline: [],
    supportAward: null,
    ...overrides,
  } as TransactionDetailFragment;
}
