import type { GraphQLFormattedError } from 'graphql';

/** A user-fixable problem returned as data in a mutation payload (`errors { code message field }`). */
export interface PayloadError {
  code: string;
  message: string;
  field?: string | null;
}

/** One failed check of an input field, from a `BAD_USER_INPUT` error's `validationErrors`. */
export interface ValidationProblem {
  field: string;
  /** class-validator constraint names (`isEmail`, `isLength`, …) with the server's message. */
  constraints: Record<string, string>;
}

/** What went wrong with a request, read from whatever Apollo threw. */
export interface RequestProblem {
  /** The server could not be reached (or answered with something that is not GraphQL). */
  network: boolean;
  /** `extensions.code` of the first GraphQL error (`UNAUTHENTICATED`, `LIMIT_EXCEEDED`, …). */
  code: string | null;
  /** `extensions.reason` (`INVALID_CREDENTIALS`, `INACTIVE`, …). */
  reason: string | null;
  /** `extensions.retryAfterSeconds` of `LIMIT_EXCEEDED`. */
  retryAfterSeconds: number | null;
  /** `extensions.field` of a `BAD_USER_INPUT` raised by the server's own checks. */
  field: string | null;
  validation: ValidationProblem[];
  message: string;
}

interface ApolloLikeError {
  message?: string;
  graphQLErrors?: readonly GraphQLFormattedError[];
  networkError?: (Error & { result?: unknown; statusCode?: number }) | null;
}

function graphQLErrorsOf(err: ApolloLikeError): readonly GraphQLFormattedError[] {
  if (err.graphQLErrors?.length) return err.graphQLErrors;
  // A 4xx with a GraphQL body (e.g. 401 for a bad bearer token) arrives as a network error.
  const body = err.networkError?.result as { errors?: GraphQLFormattedError[] } | undefined;
  return Array.isArray(body?.errors) ? body.errors : [];
}

function readValidation(raw: unknown): ValidationProblem[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const e = entry as { property?: unknown; constraints?: unknown };
    if (typeof e.property !== 'string') return [];
    const constraints =
      e.constraints && typeof e.constraints === 'object'
        ? (e.constraints as Record<string, string>)
        : {};
    return [{ field: e.property, constraints }];
  });
}

/** Reads an ApolloError (or anything thrown by a request) into a plain description. */
export function readRequestProblem(error: unknown): RequestProblem {
  const err = (error ?? {}) as ApolloLikeError;
  const first = graphQLErrorsOf(err)[0];
  const ext = (first?.extensions ?? {}) as Record<string, unknown>;
  const retry = Number(ext.retryAfterSeconds);
  return {
    network: !first && !!err.networkError,
    code: typeof ext.code === 'string' ? ext.code : null,
    reason: typeof ext.reason === 'string' ? ext.reason : null,
    retryAfterSeconds: Number.isFinite(retry) && retry > 0 ? retry : null,
    field: typeof ext.field === 'string' ? ext.field : null,
    validation: readValidation(ext.validationErrors),
    message: first?.message ?? err.message ?? String(error),
  };
}
