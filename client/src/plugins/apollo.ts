import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client/core';

/**
 * @vue/apollo-composable 4 (which needs Apollo Client 3) calls methods that Apollo Client 3.14
 * flags as deprecated ahead of 4.0; the warnings are about that library, not this code.
 */
export function muteApolloDeprecations(): void {
  (globalThis as Record<symbol, unknown>)[Symbol.for('apollo.deprecations')] = true;
}

/** Apollo Client on the same origin's /graphql (the Vite dev server proxies it to :4000). */
export function createAppApollo(uri = '/graphql') {
  muteApolloDeprecations();
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: 'same-origin' }),
    cache: new InMemoryCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' },
    },
  });
}
