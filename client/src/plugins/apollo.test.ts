import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppApollo } from './apollo';
import { MyApiTokensDocument, SignInDocument } from '@/gql/graphql';

function answer(status: number, body: unknown) {
  return vi.fn(
    async () =>
      new Response(JSON.stringify(body), {
        status,
        headers: { 'content-type': 'application/json' },
      }),
  );
}

const unauthenticated = {
  data: null,
  errors: [{ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }],
};

describe('Apollo client: a request refused as UNAUTHENTICATED means the session has ended', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends cookies (same origin) and reports a lost session once the server refuses', async () => {
    const fetch = answer(200, unauthenticated);
    vi.stubGlobal('fetch', fetch);
    const onUnauthenticated = vi.fn();
    const apollo = createAppApollo({ uri: 'http://localhost/graphql', onUnauthenticated });
    await expect(apollo.query({ query: MyApiTokensDocument })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
    const init = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init[1].credentials).toBe('same-origin');
  });

  it('also reads the errors of an HTTP 401 answer', async () => {
    vi.stubGlobal('fetch', answer(401, unauthenticated));
    const onUnauthenticated = vi.fn();
    const apollo = createAppApollo({ uri: 'http://localhost/graphql', onUnauthenticated });
    await expect(apollo.query({ query: MyApiTokensDocument })).rejects.toThrow();
    expect(onUnauthenticated).toHaveBeenCalledTimes(1);
  });

  it('does not take wrong credentials at sign-in for a lost session', async () => {
    vi.stubGlobal(
      'fetch',
      answer(200, {
        data: null,
        errors: [
          {
            message: 'Wrong username or password.',
            extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' },
          },
        ],
      }),
    );
    const onUnauthenticated = vi.fn();
    const apollo = createAppApollo({ uri: 'http://localhost/graphql', onUnauthenticated });
    await expect(
      apollo.mutate({
        mutation: SignInDocument,
        variables: { input: { login: 'a', password: 'b' } },
      }),
    ).rejects.toThrow();
    expect(onUnauthenticated).not.toHaveBeenCalled();
  });
});
