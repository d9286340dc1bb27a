import { useI18n } from 'vue-i18n';
import type { PayloadError } from '@/shared/graphql-errors';

/**
 * The server's user errors in the reader's language: `transactions.errorCodes.<CODE>` or
 * `beneficiaries.errorCodes.<CODE>`, else the server's own sentence.
 */
export function useErrorCodes() {
  const { t, te } = useI18n();
  function keyOf(error: PayloadError): string | null {
    for (const ns of ['transactions', 'beneficiaries']) {
      const key = `${ns}.errorCodes.${error.code}`;
      if (te(key)) return key;
    }
    return null;
  }
  function message(error: PayloadError): string {
    const key = keyOf(error);
    return key ? t(key) : error.message;
  }
  /**
   * The same errors with translated messages, for useFormErrors().fromPayload. A translated
   * error's code is namespaced so the shared `errors.codes` (e.g. a token's NAME_REQUIRED) cannot
   * replace the message chosen here.
   */
  function translate(errors: readonly PayloadError[] | null | undefined): PayloadError[] {
    return (errors ?? []).map((e) => {
      const key = keyOf(e);
      return key ? { ...e, code: key, message: t(key) } : e;
    });
  }
  return { message, translate };
}
