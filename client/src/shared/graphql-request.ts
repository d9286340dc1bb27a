import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import type { GraphQLFormattedError } from 'graphql';
import { operationName, printDocument } from './graphql-print';

/**
 * One GraphQL request without Apollo Client: what the public pages (the policy, the survey,
 * sign-in, a tool's public document) and the session use, so a visitor's first load carries no
 * Apollo Client (issue 16, item 2). The same typed documents (src/gql), the same endpoint and
 * cookie, and an error `readRequestProblem` (graphql-errors.ts) reads as it reads Apollo's.
 *
 * Why not a library: graphql-request and its kind need graphql's `print`, which would bring the
 * `graphql` chunk (10.9 KiB gzipped) into every first load; this module and its printer are
 * about 1.5 KiB.
 */

/** Operations whose `UNAUTHENTICATED` answer is about the credentials given, not a lost session. */
export const CREDENTIAL_OPERATIONS = new Set(['SignIn']);

/** What a failed request threw: shaped as an ApolloError (`graphQLErrors`, `networkError`). */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly graphQLErrors: readonly GraphQLFormattedError[],
    readonly networkError: (Error & { statusCode?: number; result?: unknown }) | null,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

const sessionLostListeners = new Set<() => void>();

/**
 * Calls `listener` when the server answers `UNAUTHENTICATED` to an ordinary request (not a
 * sign-in): the session cookie has expired or was revoked. Returns a function that stops it.
 */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** Tells the listeners the session ended, unless `errors` are about a sign-in's credentials. */
export function reportSessionLost(
  operation: string | undefined,
  errors: readonly GraphQLFormattedError[],
): void {
  if (operation && CREDENTIAL_OPERATIONS.has(operation)) return;
  if (!errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
  for (const listener of [...sessionLostListeners]) listener();
}

export interface RequestOptions {
  /** Same-origin GraphQL endpoint (the Vite dev server proxies it to :4000). */
  uri?: string;
  signal?: AbortSignal;
}

/** Printed once per document. */
const printed = new WeakMap<object, string>();

/**
 * Sends `document` with `variables` to /graphql (with the session cookie) and resolves with its
 * data. Rejects with a RequestError: the GraphQL errors when the server gave any (as Apollo,
 * partial data with errors is a failure), a network error when it could not be reached or did
 * not answer GraphQL.
 */
export async function request<TData, TVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables?: TVariables,
  options: RequestOptions = {},
): Promise<TData> {
  let query = printed.get(document);
  if (query === undefined) {
    query = printDocument(document);
    printed.set(document, query);
  }
  const operation = operationName(document);
  let response: Response;
  try {
    response = await fetch(options.uri ?? '/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ operationName: operation, query, variables: variables ?? {} }),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (err) {
    const cause = err instanceof Error ? err : new Error(String(err));
    throw new RequestError(cause.message, [], cause);
  }
  let body: { data?: TData | null; errors?: GraphQLFormattedError[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  const errors = Array.isArray(body?.errors) ? body.errors : [];
  if (errors.length) {
    reportSessionLost(operation, errors);
    throw new RequestError(errors[0]!.message, errors, null);
  }
  if (!response.ok || !body || body.data == null) {
    const failure = Object.assign(
      new Error(`The server answered ${response.status} without GraphQL data`),
      { statusCode: response.status, result: body },
    );
    throw new RequestError(failure.message, [], failure);
  }
  return body.data;
}
