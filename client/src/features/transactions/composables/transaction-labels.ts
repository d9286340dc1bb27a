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
  mdiPauseCircleOutline,
  mdiPlayCircleOutline,
  mdiSendOutline,
  mdiThumbUpOutline,
  mdiMessageReplyTextOutline,
} from '@mdi/js';
import type { TransactionAction, TransactionEventKind } from '@/gql/graphql';

/** The order action buttons are shown in: the step's own action first, withdrawal last. */
export const ACTION_ORDER: readonly TransactionAction[] = [
  'COMPLETE_STEP',
  'CLOSE_INQUIRY',
  'ATTEST',
  'SUBMIT_TO_COMMITTEE',
  'DECIDE',
  'RESUME',
  'DELIVER',
  'RETURN_FROM_REFERRAL',
  'REFER',
  'WITHDRAW',
];

export const ACTION_ICONS: Record<TransactionAction, string> = {
  COMPLETE_STEP: mdiCheckboxMarkedCircleOutline,
  CLOSE_INQUIRY: mdiMessageReplyTextOutline,
  REFER: mdiAccountArrowRightOutline,
  RETURN_FROM_REFERRAL: mdiAccountArrowLeftOutline,
  ATTEST: mdiFileDocumentEditOutline,
  SUBMIT_TO_COMMITTEE: mdiSendOutline,
  DECIDE: mdiAccountGroupOutline,
  RESUME: mdiPlayCircleOutline,
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
  DELIVERED: mdiCheckDecagramOutline,
  INQUIRY_CLOSED: mdiMessageReplyTextOutline,
  WITHDRAWN: mdiCancel,
  ASSIGNED: mdiAccountSwitchOutline,
};

export const EVENT_COLORS: Partial<Record<TransactionEventKind, string>> = {
  APPROVED: 'success',
  DELIVERED: 'success',
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
