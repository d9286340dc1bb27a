import { ref } from 'vue';
import { readRequestProblem, type PayloadError } from '@/shared/graphql-errors';
import { useErrorText, type ErrorScope } from '@/shared/composables/use-error-text';

export interface FormErrorsOptions {
  /** Where the feature words its codes (`errors.<scope>.<CODE>`), before `errors.common`. */
  scope?: ErrorScope | readonly ErrorScope[];
}

/**
 * Errors of one form, shown where they belong: a payload error or a `BAD_USER_INPUT` validation
 * error naming a field of the form goes under that field; anything else becomes the form's
 * message. Words come from useErrorText (the one translation path).
 */
export function useFormErrors<F extends string>(
  fields: readonly F[],
  options: FormErrorsOptions = {},
) {
  const text = useErrorText(options.scope);
  const fieldErrors = ref<Partial<Record<F, string[]>>>({});
  const formError = ref<string | null>(null);

  const isField = (name: string | null | undefined): name is F =>
    !!name && (fields as readonly string[]).includes(name);

  function add(field: string | null | undefined, message: string): void {
    if (isField(field)) {
      const list = fieldErrors.value[field] ?? [];
      fieldErrors.value = { ...fieldErrors.value, [field]: [...list, message] };
    } else {
      formError.value = formError.value ? `${formError.value} ${message}` : message;
    }
  }

  function clear(): void {
    fieldErrors.value = {};
    formError.value = null;
  }

  /** Clears one field's errors (call it when the user edits the field). */
  function clearField(field: F): void {
    if (!fieldErrors.value[field]) return;
    const next = { ...fieldErrors.value };
    delete next[field];
    fieldErrors.value = next;
  }

  /** Shows a mutation payload's `errors`; returns true when there were any. */
  function fromPayload(errors: readonly PayloadError[] | null | undefined): boolean {
    clear();
    for (const e of errors ?? []) add(e.field, text.payloadText(e));
    return !!errors?.length;
  }

  /** Shows what a failed request threw: validation per field, otherwise one clear message. */
  function fromException(error: unknown): void {
    clear();
    const problem = readRequestProblem(error);
    if (problem.code === 'BAD_USER_INPUT' && problem.validation.length) {
      for (const v of problem.validation) add(v.field, text.validationText(v));
      return;
    }
    if (problem.code === 'BAD_USER_INPUT') {
      add(problem.field, problem.message);
      return;
    }
    add(null, text.problemText(problem));
  }

  const errorsFor = (field: F): string[] => fieldErrors.value[field] ?? [];

  return { fieldErrors, formError, errorsFor, clear, clearField, fromPayload, fromException };
}

export type FormErrors<F extends string = string> = ReturnType<typeof useFormErrors<F>>;
