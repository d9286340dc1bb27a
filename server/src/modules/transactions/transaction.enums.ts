import { describeEnum } from '../common/enums.js';

export enum TransactionType {
  INQUIRY = 'INQUIRY',
  SUPPORT_REQUEST = 'SUPPORT_REQUEST',
}
describeEnum(TransactionType, 'TransactionType', 'What the beneficiary came for.', {
  INQUIRY: 'A question: may close after step 1.',
  SUPPORT_REQUEST: 'A request for support: passes steps 1–7 (step 3 only when referred).',
});

export enum TransactionStatus {
  OPEN = 'OPEN',
  REFERRED = 'REFERRED',
  AWAITING_COMMITTEE = 'AWAITING_COMMITTEE',
  DEFERRED = 'DEFERRED',
  CLOSED = 'CLOSED',
}
describeEnum(TransactionStatus, 'TransactionStatus', 'Where a transaction stands.', {
  OPEN: 'In progress at its current step.',
  REFERRED: 'With the social-research officer (step 3).',
  AWAITING_COMMITTEE: 'Submitted to the research committee; its window is running.',
  DEFERRED: 'Sent back by the committee for missing documents; the committee clock is paused.',
  CLOSED: 'Closed; see the outcome.',
});

export enum TransactionOutcome {
  ANSWERED = 'ANSWERED',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}
describeEnum(TransactionOutcome, 'TransactionOutcome', 'How a closed transaction ended.', {
  ANSWERED: 'An inquiry answered at step 1.',
  COMPLETED: 'The service was delivered (step 7).',
  REJECTED: 'The committee rejected the request (step 5).',
  WITHDRAWN: 'Withdrawn by or for the beneficiary.',
});

export enum TransactionEventKind {
  OPENED = 'OPENED',
  STEP_COMPLETED = 'STEP_COMPLETED',
  REFERRED = 'REFERRED',
  REFERRAL_RETURNED = 'REFERRAL_RETURNED',
  ATTESTED = 'ATTESTED',
  SUBMITTED_TO_COMMITTEE = 'SUBMITTED_TO_COMMITTEE',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  DEFERRED = 'DEFERRED',
  RESUMED = 'RESUMED',
  DELIVERY_RECORDED = 'DELIVERY_RECORDED',
  DELIVERED = 'DELIVERED',
  INQUIRY_CLOSED = 'INQUIRY_CLOSED',
  WITHDRAWN = 'WITHDRAWN',
  ASSIGNED = 'ASSIGNED',
}
describeEnum(
  TransactionEventKind,
  'TransactionEventKind',
  'What happened in a transaction’s timeline.',
  {
    OPENED: 'The transaction was opened at step 1.',
    STEP_COMPLETED: 'A step was completed (with its checklist).',
    REFERRED: 'Referred to the social-research officer (step 3).',
    REFERRAL_RETURNED: 'The researcher returned it with guidance.',
    ATTESTED: 'The applicant attested the data (step 4).',
    SUBMITTED_TO_COMMITTEE: 'Submitted to the research committee (step 5).',
    APPROVED: 'The committee approved the request.',
    REJECTED: 'The committee rejected the request.',
    DEFERRED: 'The committee deferred it back to the applicant.',
    RESUMED: 'The applicant completed what was missing; back with the committee.',
    DELIVERY_RECORDED:
      'One delivery of what the committee approved was handed over and acknowledged (step 7).',
    DELIVERED: 'The service was delivered (step 7).',
    INQUIRY_CLOSED: 'The inquiry was answered and closed.',
    WITHDRAWN: 'Withdrawn.',
    ASSIGNED:
      'Assigned to another officer (from whom, to whom, why); not a step of the work: it ends no stay at a step.',
  },
);

export enum CommitteeDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  DEFER = 'DEFER',
}
describeEnum(
  CommitteeDecision,
  'CommitteeDecision',
  'A committee member’s decision on a support request.',
  {
    APPROVE: 'Approve: registration follows (step 6).',
    REJECT: 'Reject: the transaction closes with the decision.',
    DEFER: 'Send back to the applicant for missing documents; the clock pauses.',
  },
);

/** Everything that can be done to a transaction. */
export enum TransactionAction {
  COMPLETE_STEP = 'COMPLETE_STEP',
  CLOSE_INQUIRY = 'CLOSE_INQUIRY',
  REFER = 'REFER',
  RETURN_FROM_REFERRAL = 'RETURN_FROM_REFERRAL',
  ATTEST = 'ATTEST',
  SUBMIT_TO_COMMITTEE = 'SUBMIT_TO_COMMITTEE',
  DECIDE = 'DECIDE',
  RESUME = 'RESUME',
  DELIVER = 'DELIVER',
  RECORD_DELIVERY = 'RECORD_DELIVERY',
  WITHDRAW = 'WITHDRAW',
}
describeEnum(
  TransactionAction,
  'TransactionAction',
  'An action on a transaction; `availableActions` lists those the caller may take now.',
  {
    COMPLETE_STEP: 'Complete the current step (its required checklist items checked).',
    CLOSE_INQUIRY: 'Close an inquiry after step 1.',
    REFER: 'Refer to the social-research officer (step 3).',
    RETURN_FROM_REFERRAL: 'Return a referral with the guidance given.',
    ATTEST: 'Record the applicant’s attestation (step 4).',
    SUBMIT_TO_COMMITTEE: 'Submit to the research committee (step 5).',
    DECIDE: 'Approve, reject or defer (committee).',
    RESUME: 'Return a deferred request to the committee.',
    DELIVER: 'Record the service delivered and close (step 7).',
    RECORD_DELIVERY:
      'Record one delivery of what the committee approved (step 7); the last one closes the transaction.',
    WITHDRAW: 'Withdraw, with a reason.',
  },
);

/** What the transactions list is ordered by; ties are broken by id in the same direction. */
export enum TransactionSortField {
  OPENED_AT = 'OPENED_AT',
  COMMITTEE_DUE_AT = 'COMMITTEE_DUE_AT',
  REFERRAL_DUE_AT = 'REFERRAL_DUE_AT',
  REFERENCE = 'REFERENCE',
}
describeEnum(
  TransactionSortField,
  'TransactionSortField',
  'What the transactions list is ordered by.',
  {
    OPENED_AT: 'When it was opened.',
    COMMITTEE_DUE_AT: 'When the committee should answer by; those without a due date come last.',
    REFERRAL_DUE_AT:
      'When the social research is due (while referred); those without a due date come last.',
    REFERENCE: 'Its reference.',
  },
);

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
describeEnum(SortDirection, 'SortDirection', 'Ascending or descending.', {
  ASC: 'Smallest, earliest or A first.',
  DESC: 'Largest, latest or Z first.',
});
