import { ref, type InjectionKey, type Ref } from 'vue';
import type { PayloadError } from '@/shared/graphql-errors';
import { useFormErrors, type FormErrorsOptions } from '@/shared/composables/use-form-errors';

/** What FormDialog gives the FormFields inside it. */
export interface FormContext {
  errorsFor(field: string): string[];
  clearField(field: string): void;
  busy: Readonly<Ref<boolean>>;
}

export const FORM_KEY: InjectionKey<FormContext> = Symbol('masar-form');

/** A mutation's payload, as far as a form cares: its user errors. */
export interface PayloadLike {
  errors?: readonly PayloadError[] | null;
}

/**
 * The state of one form sent to the server: useFormErrors (field and form errors, translated by
 * the one path) plus `busy` and `run`, which sends once at a time and shows what came back.
 * Typed values are never touched: a refusal leaves every field as the user left it.
 */
export function useForm<F extends string>(fields: readonly F[], options: FormErrorsOptions = {}) {
  const errors = useFormErrors(fields, options);
  const busy = ref(false);

  /**
   * Runs `send` (a mutation returning its payload) unless one is already under way. Returns the
   * payload when it has no `errors`; otherwise shows them (or what was thrown) and returns null.
   */
  async function run<P extends PayloadLike>(
    send: () => Promise<P | null | undefined>,
  ): Promise<P | null> {
    if (busy.value) return null;
    busy.value = true;
    errors.clear();
    try {
      const payload = await send();
      if (!payload || errors.fromPayload(payload.errors)) return null;
      return payload;
    } catch (err) {
      errors.fromException(err);
      return null;
    } finally {
      busy.value = false;
    }
  }

  const context: FormContext = {
    errorsFor: (field) => errors.errorsFor(field as F),
    clearField: (field) => errors.clearField(field as F),
    busy,
  };

  return { ...errors, busy, run, context };
}

/** What FormDialog needs of a useForm (whatever its field names). */
export interface FormState {
  busy: Readonly<Ref<boolean>>;
  formError: Readonly<Ref<string | null>>;
  clear(): void;
  context: FormContext;
}
