import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** The error codes (`extensions.code`) the protections answer with, listed in README. */
export type ProtectionCode =
  | 'QUERY_TOO_COMPLEX'
  | 'BAD_USER_INPUT'
  | 'PAYLOAD_TOO_LARGE'
  | 'BAD_REQUEST'
  | 'RATE_LIMITED'
  | 'TIMEOUT'
  | 'UNAUTHENTICATED';

/** Which limit a `QUERY_TOO_COMPLEX` error is about (`extensions.limit`). */
export type QueryLimit =
  'DEPTH' | 'ALIASES' | 'TOKENS' | 'COST' | 'INTROSPECTION_DEPTH' | 'MARKDOWN';

/**
 * An error raised by a protection. Apollo re-labels every validation error
 * `GRAPHQL_VALIDATION_FAILED` (keeping the original as `originalError`): the plugin puts this
 * error's own code back (plugins.ts), so a client can tell a limit from a mistyped field.
 */
export class ProtectionError extends GraphQLError {
  constructor(
    code: ProtectionCode,
    message: string,
    extensions: Record<string, unknown> = {},
    http?: { status: number; headers?: Record<string, string> },
  ) {
    super(message, {
      extensions: {
        ...extensions,
        code,
        ...(http && {
          http: { status: http.status, headers: new HeaderMap(Object.entries(http.headers ?? {})) },
        }),
      },
    });
  }
}

const LIMIT_WORDING: Record<QueryLimit, string> = {
  DEPTH: 'nests fields deeper than the limit of',
  ALIASES: 'has more aliases than the limit of',
  TOKENS: 'has more tokens than the limit of',
  COST: 'would cost more than the limit of',
  INTROSPECTION_DEPTH:
    'nests introspection lists (fields, inputFields, interfaces, possibleTypes) deeper than the limit of',
  MARKDOWN: 'renders more characters of Markdown than the limit of',
};

/** The query is over one of the shape limits; `actual` when it was counted to the end. */
export function queryTooComplex(limit: QueryLimit, maximum: number, actual?: number) {
  const found = actual === undefined ? '' : ` (found ${actual})`;
  return new ProtectionError(
    'QUERY_TOO_COMPLEX',
    `The query ${LIMIT_WORDING[limit]} ${maximum}${found}.`,
    { limit, maximum, ...(actual !== undefined && { actual }) },
    { status: 400 },
  );
}
