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
import type { App } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { CREDENTIAL_OPERATIONS } from '@/shared/graphql-request';
import type { Session } from '@/shared/composables/use-session';

/**
 * @vue/apollo-composable 4 (which needs Apollo Client 3) calls methods that Apollo Client 3.14
 * flags as deprecated ahead of 4.0; the warnings are about that library, not this code.
 */
export function muteApolloDeprecations(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('apollo.deprecations')] = true;
}

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

/**
 * Creates the app's Apollo client and provides it (DefaultApolloClient) to every component set up
 * from now on. Called by the router (plugins/index.ts) before the first page that needs it is set
 * up: the public pages never load Apollo Client. A request refused as `UNAUTHENTICATED` ends the
 * session; when the session ends (signed out, or expired on the server) the store is emptied,
 * after the router has left the pages that need a session (the session's earlier listener).
 */
export function installAppApollo(app: App, session: Session): AppApolloClient {
  const apollo = createAppApollo({ onUnauthenticated: () => session.expire() });
  app.provide(DefaultApolloClient, apollo);
  session.onEnd(async (reason) => {
    try {
      // Signed out: queries still shown (a public page's) are asked again, as a visitor.
      await (reason === 'signed-out' ? apollo.resetStore() : apollo.clearStore());
    } catch {
      // A query in flight was cancelled by the reset: nothing to do.
    }
  });
  return apollo;
}
