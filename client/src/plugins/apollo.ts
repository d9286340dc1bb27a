import {
  ApolloClient,
  ApolloLink,
  HttpLink,
  InMemoryCache,
  type NormalizedCacheObject,
} from '@apollo/client/core';
import possibleTypes from '@/gql/possible-types';
import { onError } from '@apollo/client/link/error';
import type { GraphQLFormattedError } from 'graphql';

/**
 * @vue/apollo-composable 4 (which needs Apollo Client 3) calls methods that Apollo Client 3.14
 * flags as deprecated ahead of 4.0; the warnings are about that library, not this code.
 */
export function muteApolloDeprecations(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('apollo.deprecations')] = true;
}

/** Operations whose `UNAUTHENTICATED` answer is about the credentials given, not a lost session. */
const CREDENTIAL_OPERATIONS = new Set(['SignIn']);

export interface AppApolloOptions {
  /** Same-origin GraphQL endpoint (the Vite dev server proxies it to :4000). */
  uri?: string;
  /**
   * Called when the server answers `UNAUTHENTICATED` to an ordinary operation: the session
   * cookie has expired or was revoked (sign-out elsewhere, password reset, deactivation).
   */
  onUnauthenticated?: () => void;
}

export type AppApolloClient = ApolloClient<NormalizedCacheObject>;

/**
 * Apollo Client on the same origin's /graphql. The session lives in an HttpOnly cookie, so the
 * browser must send cookies: `credentials: 'same-origin'` (fetch's default, stated here).
 */
export function createAppApollo(options: AppApolloOptions = {}): AppApolloClient {
  muteApolloDeprecations();
  const sessionLost = onError(({ graphQLErrors, networkError, operation }) => {
    if (CREDENTIAL_OPERATIONS.has(operation.operationName)) return;
    // A 401 carries its GraphQL errors in the network error's body.
    const body = (networkError as { result?: { errors?: GraphQLFormattedError[] } } | undefined)
      ?.result;
    const errors = [...(graphQLErrors ?? []), ...(body?.errors ?? [])];
    if (errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
      options.onUnauthenticated?.();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([
      sessionLost,
      new HttpLink({ uri: options.uri ?? '/graphql', credentials: 'same-origin' }),
    ]),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
