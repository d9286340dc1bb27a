import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApp } from 'vue';
import { DefaultApolloClient } from '@vue/apollo-composable';
import { MeDocument, MyApiTokensDocument } from '@/gql/graphql';
import { installAppApollo, type AppApolloClient } from '@/plugins/apollo';
import { onSessionLost } from '@/shared/graphql-request';
import { answerRequests } from '@/shared/testing/fetch-answers';
import { userWith } from '@/shared/testing/session-fixtures';
import { createSession } from './use-session';

const sara = userWith(['STAFF']);
const signOutAnswer = {
  operation: 'SignOut',
  body: { data: { signOut: { __typename: 'SignOutPayload', signedOut: true } } },
};

/** The app's wiring (plugins/index.ts): the session, and Apollo once a page needed it. */
function appWithApollo(router: (session: ReturnType<typeof createSession>) => void = () => {}) {
  const session = createSession();
  const stop = onSessionLost(() => session.expire());
  // The router's listener comes first: createAppRouter runs before any page loads Apollo.
  router(session);
  const app = createApp({ render: () => null });
  const apollo = installAppApollo(app, session);
  return { session, app, apollo, stop };
}

/** Puts `me` in Apollo's cache, as a page's query would. */
function cache(apollo: AppApolloClient) {
  apollo.writeQuery({ query: MeDocument, data: { me: sara } });
}
const cached = (apollo: AppApolloClient) =>
  apollo.readQuery({ query: MeDocument })?.me?.username ?? null;

describe('session: who is signed in, known without Apollo Client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('asks `me` once, whoever asks (router guard, app bar, pages)', async () => {
    const sent = answerRequests([{ operation: 'Me', body: { data: { me: sara } } }]);
    const session = createSession();
    expect(session.loaded.value).toBe(false);
    const [a, b] = await Promise.all([session.load(), session.load()]);
    expect(a?.username).toBe('sara');
    expect(b).toBe(a);
    expect(session.signedIn.value).toBe(true);
    expect(sent.map((r) => r.operationName)).toEqual(['Me']);
  });

  it('carries on as a visitor when the server cannot be reached', async () => {
    answerRequests([{ operation: 'Me', fail: new TypeError('Failed to fetch') }]);
    const session = createSession();
    expect(await session.load()).toBeNull();
    expect(session.loaded.value).toBe(true);
    expect(session.error.value).toBeTruthy();
  });

  it('signs in, then out: the shell leaves the page first, then Apollo forgets the data', async () => {
    answerRequests([
      {
        operation: 'SignIn',
        variables: { input: { login: 'sara', password: 'pw' } },
        body: { data: { signIn: { __typename: 'SignInPayload', expiresAt: null, user: sara } } },
      },
      signOutAnswer,
    ]);
    const seen: string[] = [];
    let apollo: AppApolloClient | null = null;
    const wired = appWithApollo((session) =>
      session.onEnd((reason) => void seen.push(`${reason}; cached: ${cached(apollo!)}`)),
    );
    const { session, app, stop } = wired;
    apollo = wired.apollo;
    expect(app._context.provides[DefaultApolloClient as symbol]).toBe(apollo);
    try {
      expect((await session.signIn(' sara ', 'pw')).username).toBe('sara');
      expect(session.user.value?.username).toBe('sara');
      cache(apollo);
      // A listener added later sees the store once reset.
      session.onEnd(() => void seen.push(`after; cached: ${cached(apollo!)}`));
      await session.signOut();
      expect(session.user.value).toBeNull();
      expect(cached(apollo)).toBeNull();
      expect(seen).toEqual(['signed-out; cached: sara', 'after; cached: null']);
    } finally {
      stop();
    }
  });

  it('ends when a page’s Apollo query is refused as UNAUTHENTICATED, and clears the store', async () => {
    const unauthenticated = {
      data: null,
      errors: [{ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }],
    };
    answerRequests([
      { operation: 'Me', body: { data: { me: sara } } },
      { operation: 'MyApiTokens', status: 401, body: unauthenticated },
    ]);
    const { session, apollo, stop } = appWithApollo();
    try {
      await session.load();
      cache(apollo);
      const ended = vi.fn();
      session.onEnd(ended);
      await expect(apollo.query({ query: MyApiTokensDocument })).rejects.toThrow();
      expect(session.user.value).toBeNull();
      await vi.waitFor(() => expect(ended).toHaveBeenCalledWith('expired'));
      await vi.waitFor(() => expect(cached(apollo)).toBeNull());
    } finally {
      stop();
    }
  });
});
