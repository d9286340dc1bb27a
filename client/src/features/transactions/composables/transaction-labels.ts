import {
  mdiAccountArrowLeftOutline,
  mdiAccountArrowRightOutline,
  mdiAccountGroupOutline,
  mdiAccountSwitchOutline,
  mdiCancel,
  mdiCheckDecagramOutline,
  mdiCheckboxMarkedCircleOutline,
  mdiCloseCircleOutline,
  mdiFileDocumentEditOutline,
  mdiFolderOpenOutline,
  mdiGiftOutline,
  mdiHandHeartOutline,
  mdiPauseCircleOutline,
  mdiPlayCircleOutline,
  mdiSendOutline,
  mdiThumbUpOutline,
  mdiMessageReplyTextOutline,
} from '@mdi/js';
import type {
  TransactionAction,
  TransactionEventKind,
  TransactionSupportStateFragment,
} from '@/gql/graphql';
import { todayInRiyadh } from '@/shared/periods/days';

/** The order action buttons are shown in: the step's own action first, withdrawal last. */
export const ACTION_ORDER: readonly TransactionAction[] = [
  'COMPLETE_STEP',
  'CLOSE_INQUIRY',
  'ATTEST',
  'SUBMIT_TO_COMMITTEE',
  'DECIDE',
  'RESUME',
  'RECORD_DELIVERY',
  'DELIVER',
  'RETURN_FROM_REFERRAL',
  'REFER',
  'WITHDRAW',
];

/**
 * The actions to offer, in order, of those the server allows: a delivery of approved support is
 * recorded only on a registered award, and the plain delivery is not offered while such an award
 * still has something to deliver within its registration (the server refuses it then).
 */
export function shownActions(
  t: TransactionSupportStateFragment & { availableActions: readonly TransactionAction[] },
  today: string = todayInRiyadh(),
): TransactionAction[] {
  const award = t.supportAward;
  const registered = award?.stage === 'REGISTERED';
  const outstanding =
    registered &&
    award.deliveredQuantity < award.totalQuantity &&
    (award.validUntil ?? today) >= today;
  return ACTION_ORDER.filter(
    (a) =>
      t.availableActions.includes(a) &&
      (a !== 'RECORD_DELIVERY' || registered) &&
      (a !== 'DELIVER' || !outstanding),
  );
}

export const ACTION_ICONS: Record<TransactionAction, string> = {
  COMPLETE_STEP: mdiCheckboxMarkedCircleOutline,
  CLOSE_INQUIRY: mdiMessageReplyTextOutline,
  REFER: mdiAccountArrowRightOutline,
  RETURN_FROM_REFERRAL: mdiAccountArrowLeftOutline,
  ATTEST: mdiFileDocumentEditOutline,
  SUBMIT_TO_COMMITTEE: mdiSendOutline,
  DECIDE: mdiAccountGroupOutline,
  RESUME: mdiPlayCircleOutline,
  RECORD_DELIVERY: mdiHandHeartOutline,
  DELIVER: mdiGiftOutline,
  WITHDRAW: mdiCancel,
};

export const EVENT_ICONS: Record<TransactionEventKind, string> = {
  OPENED: mdiFolderOpenOutline,
  STEP_COMPLETED: mdiCheckboxMarkedCircleOutline,
  REFERRED: mdiAccountArrowRightOutline,
  REFERRAL_RETURNED: mdiAccountArrowLeftOutline,
  ATTESTED: mdiFileDocumentEditOutline,
  SUBMITTED_TO_COMMITTEE: mdiSendOutline,
  APPROVED: mdiThumbUpOutline,
  REJECTED: mdiCloseCircleOutline,
  DEFERRED: mdiPauseCircleOutline,
  RESUMED: mdiPlayCircleOutline,
  DELIVERY_RECORDED: mdiHandHeartOutline,
  DELIVERED: mdiCheckDecagramOutline,
  INQUIRY_CLOSED: mdiMessageReplyTextOutline,
  WITHDRAWN: mdiCancel,
  ASSIGNED: mdiAccountSwitchOutline,
};

export const EVENT_COLORS: Partial<Record<TransactionEventKind, string>> = {
  APPROVED: 'success',
  DELIVERED: 'success',
  DELIVERY_RECORDED: 'success',
  INQUIRY_CLOSED: 'success',
  REJECTED: 'error',
  WITHDRAWN: 'error',
  DEFERRED: 'warning',
  REFERRED: 'secondary',
  REFERRAL_RETURNED: 'secondary',
};

/** The details (`data`) of a timeline event; empty when it has none. */
export function eventData<T extends object>(data: T | null | undefined): Partial<T> {
  return data ?? {};
}

/** The key of the reason of the latest referral in a timeline, if any. */
export function latestReferralReason(
  timeline: readonly { kind: TransactionEventKind; data?: { reason?: string | null } | null }[],
): string | null {
  const last = [...timeline].reverse().find((e) => e.kind === 'REFERRED');
  return last?.data?.reason ?? null;
}

/** When the latest deferral happened, if the transaction is deferred. */
export function latestDeferral(
  timeline: readonly { kind: TransactionEventKind; at: string }[],
): string | null {
  return [...timeline].reverse().find((e) => e.kind === 'DEFERRED')?.at ?? null;
}
