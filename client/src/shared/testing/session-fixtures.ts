import { ApolloClient, InMemoryCache, type NormalizedCacheObject } from '@apollo/client/core';
import { MockLink, type MockedResponse } from '@apollo/client/testing/core';
import { flushPromises } from '@vue/test-utils';
import { createSession, type SessionUser } from '@/shared/composables/use-session';
import type { Role } from '@/shared/roles';

/** A signed-in user as `me` returns it (with the __typename Apollo asks for). */
export function userWith(roles: Role[], overrides: Partial<SessionUser> = {}): SessionUser {
  return {
    __typename: 'User',
    id: '7',
    username: 'sara',
    displayName: 'سارة الأحمد',
    email: null,
    roles,
    active: true,
    ...overrides,
  } as SessionUser;
}

export function apolloWith(mocks: MockedResponse[] = []): ApolloClient<NormalizedCacheObject> {
  return new ApolloClient({ link: new MockLink(mocks), cache: new InMemoryCache() });
}

/**
 * A session that already knows its user (null: anonymous) and sends no `me` query, beside an
 * Apollo client answering `mocks` for the page.
 */
export function sessionFor(user: SessionUser | null, mocks: MockedResponse[] = []) {
  const apollo = apolloWith(mocks);
  return { apollo, session: createSession({ initialUser: user }) };
}

/** Lets mocked network answers arrive and Vue render them. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await flushPromises();
  await new Promise((resolve) => setTimeout(resolve, 0));
  await flushPromises();
}
