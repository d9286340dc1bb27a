import { GraphQLError } from 'graphql';

/** The typed error codes of the API (`extensions.code`), listed in README. */
export type ErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'LIMIT_EXCEEDED' | 'BAD_USER_INPUT';

export function apiError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { ...extensions, code } });
}

export const unauthenticated = () => apiError('UNAUTHENTICATED', 'Sign in to do this.');
export const forbidden = () => apiError('FORBIDDEN', 'Your roles do not allow this.');
export const notFound = (what: string) => apiError('NOT_FOUND', `${what} was not found.`);
export const badInput = (message: string, field?: string) =>
  apiError('BAD_USER_INPUT', message, field ? { field } : {});
