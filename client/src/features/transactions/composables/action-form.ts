import { inject } from 'vue';
import type { TransactionAction, TransactionDetailFragment } from '@/gql/graphql';
import { FORM_KEY, type FormContext } from '@/shared/composables/use-form';
import type { PayloadError } from '@/shared/graphql-errors';

/**
 * What each action's form (components/actions/*Form.vue) exposes to TransactionActionDialog,
 * which hosts it: whether the submit button is enabled, whether it is red, and the input of the
 * action's mutation (without `id` and `expectedVersion`, which the dialog adds).
 */
export interface ActionFormApi {
  readonly valid: boolean;
  readonly danger?: boolean;
  /**
   * What must be sent before the action (an award proposed with the approval, a delivery's
   * receipt uploaded): its refusals, if any, stop the action and land under their fields.
   */
  prepare?(): Promise<PayloadError[]>;
  input(): Record<string, unknown>;
}

/** What the dialog gives every action's form. */
export interface ActionFormProps {
  transaction: TransactionDetailFragment;
  action: TransactionAction;
}

/** The input fields the server may name in an action's `errors { field }`. */
export const ACTION_FIELDS = [
  'checkedItems',
  'note',
  'researcherId',
  'reasonKey',
  'guidance',
  'attestationText',
  'applicantConfirmed',
  'decision',
  'reason',
  'serviceDelivered',
  // What the committee approves (support/AwardFields), and a delivery of it (RecordDeliveryForm).
  'supportTypeKey',
  'quantity',
  'frequency',
  'validityMonths',
  'deliveredOn',
  'items',
  'acknowledgement',
  'receiptDocumentId',
] as const;

/** A free text the server requires: at least 3 characters. */
export const longEnough = (value: string) => value.trim().length >= 3;

/** An optional text: null when left empty. */
export const optionalText = (value: string) => value.trim() || null;

/** The hosting FormDialog's errors, for a form's fields that are not FormFields. */
export function useActionFormContext(): FormContext | null {
  return inject(FORM_KEY, null);
}
