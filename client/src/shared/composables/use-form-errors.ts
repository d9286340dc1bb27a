import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { readRequestProblem, type PayloadError } from '@/shared/graphql-errors';

/**
 * Errors of one form, shown where they belong: a payload error or a `BAD_USER_INPUT` validation
 * error naming a field of the form goes under that field; anything else becomes the form's
 * message. Messages are translated by their code (`errors.codes.USERNAME_TAKEN`) or constraint
 * (`errors.validation.isEmail`), falling back to the server's own words.
 */
export function useFormErrors<F extends string>(fields: readonly F[]) {
  const { t, te } = useI18n();
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

  function codeMessage(code: string, fallback: string): string {
    const key = `errors.codes.${code}`;
    return te(key) ? t(key) : fallback;
  }

  /** Shows a mutation payload's `errors`; returns true when there were any. */
  function fromPayload(errors: readonly PayloadError[] | null | undefined): boolean {
    clear();
    for (const e of errors ?? []) add(e.field, codeMessage(e.code, e.message));
    return !!errors?.length;
  }

  /** Shows what a failed request threw: validation per field, otherwise one clear message. */
  function fromException(error: unknown): void {
    clear();
    const problem = readRequestProblem(error);
    if (problem.code === 'BAD_USER_INPUT' && problem.validation.length) {
      for (const v of problem.validation) {
        const [constraint, serverMessage] = Object.entries(v.constraints)[0] ?? ['', ''];
        const key = `errors.validation.${constraint}`;
        add(v.field, te(key) ? t(key) : serverMessage || t('errors.invalid'));
      }
      return;
    }
    if (problem.code === 'BAD_USER_INPUT') {
      add(problem.field, problem.message);
      return;
    }
    add(null, requestProblemMessage(problem, t));
  }

  const errorsFor = (field: F): string[] => fieldErrors.value[field] ?? [];

  return { fieldErrors, formError, errorsFor, clear, clearField, fromPayload, fromException };
}

type Translate = ReturnType<typeof useI18n>['t'];

/** One sentence for a failed request that no form field explains. */
export function requestProblemMessage(
  problem: ReturnType<typeof readRequestProblem>,
  t: Translate,
): string {
  if (problem.network) return t('errors.network');
  switch (problem.code) {
    case 'UNAUTHENTICATED':
      return t('errors.unauthenticated');
    case 'FORBIDDEN':
      return t('errors.forbidden');
    case 'LIMIT_EXCEEDED':
      return t('errors.limitExceeded');
    case 'NOT_FOUND':
      return t('errors.notFound');
    case 'CONFLICT':
      return t('errors.conflict');
    default:
      return t('errors.unexpected');
  }
}
