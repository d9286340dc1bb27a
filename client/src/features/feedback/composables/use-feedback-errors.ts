import { useI18n } from 'vue-i18n';
import { useFormErrors } from '@/shared/composables/use-form-errors';
import type { PayloadError } from '@/shared/graphql-errors';
import { FEEDBACK_ERROR_CODES } from './feedback-status';

/**
 * The shared form errors, with the board's own codes (INVALID_SUBJECT, RESPONSE_REQUIRED, …)
 * explained in `feedback.errors.*` and shown under their field.
 */
export function useFeedbackErrors<F extends string>(fields: readonly F[]) {
  const { t } = useI18n();
  const form = useFormErrors(fields);
  function fromPayload(errors: readonly PayloadError[] | null | undefined): boolean {
    return form.fromPayload(
      (errors ?? []).map((e) => ({
        ...e,
        message: (FEEDBACK_ERROR_CODES as readonly string[]).includes(e.code)
          ? t(`feedback.errors.${e.code}`)
          : e.message,
        code: `feedback.${e.code}`, // not an errors.codes.* key: keeps the message above
      })),
    );
  }
  return { ...form, fromPayload };
}
