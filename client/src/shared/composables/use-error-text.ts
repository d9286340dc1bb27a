import { useI18n } from 'vue-i18n';
import {
  readRequestProblem,
  type PayloadError,
  type RequestProblem,
  type ValidationProblem,
} from '@/shared/graphql-errors';

/**
 * Where a feature's own wording of an error code lives: `errors.<scope>.<CODE>`. Every scope
 * falls back to `errors.common.<CODE>` (request problems: NETWORK, UNAUTHENTICATED, FORBIDDEN,
 * LIMIT_EXCEEDED, NOT_FOUND, CONFLICT, UNEXPECTED, and codes any feature may return).
 */
export type ErrorScope =
  | 'common'
  | 'accounts'
  | 'signIn'
  | 'beneficiaries'
  | 'transactions'
  | 'policy'
  | 'library'
  | 'documents'
  | 'research'
  | 'support'
  | 'feedback'
  | 'satisfaction'
  | 'survey'
  | 'calendar';

/**
 * The one path from an error to the words a reader sees. Keys: `errors.<scope>.<CODE>` (a
 * payload error's `code`, or an exception's `extensions.reason` then `extensions.code`), looked
 * up in the given scopes in order, then in `errors.common`; a class-validator check:
 * `errors.validation.<constraint>`. What has no key keeps the server's own sentence (payload) or
 * becomes `errors.common.UNEXPECTED` (exception). A message may use `{n}`: the minutes to wait
 * of a LIMIT_EXCEEDED.
 */
export function useErrorText(scope?: ErrorScope | readonly ErrorScope[]) {
  const { t, te } = useI18n();
  const scopes: readonly string[] = [
    ...(typeof scope === 'string' ? [scope] : (scope ?? [])),
    'common',
  ];

  /** The translated text of a code, or null when no scope words it. */
  function codeText(code: string | null | undefined, minutes = 1): string | null {
    if (!code) return null;
    for (const s of scopes) {
      const key = `errors.${s}.${code}`;
      if (te(key)) return t(key, { n: minutes }, minutes);
    }
    return null;
  }

  /** A payload's user error (`errors { code message field }`). */
  function payloadText(error: PayloadError): string {
    return codeText(error.code) ?? (error.message || t('errors.common.UNEXPECTED'));
  }

  /** One failed class-validator check of a BAD_USER_INPUT. */
  function validationText(problem: ValidationProblem): string {
    const [constraint, serverMessage] = Object.entries(problem.constraints)[0] ?? ['', ''];
    const key = `errors.validation.${constraint}`;
    return te(key) ? t(key) : serverMessage || t('errors.common.INVALID');
  }

  /** A failed request, already read by readRequestProblem. */
  function problemText(problem: RequestProblem): string {
    const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 900) / 60));
    const candidates = problem.network ? ['NETWORK'] : [problem.reason, problem.code];
    for (const code of candidates) {
      const text = codeText(code, minutes);
      if (text) return text;
    }
    return codeText('UNEXPECTED') ?? t('errors.common.UNEXPECTED');
  }

  /** Whatever a request threw (an ApolloError, a network failure, anything). */
  function exceptionText(error: unknown): string {
    return problemText(readRequestProblem(error));
  }

  return { codeText, payloadText, validationText, problemText, exceptionText };
}

export type ErrorText = ReturnType<typeof useErrorText>;
