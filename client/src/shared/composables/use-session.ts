import { computed, inject, readonly, shallowRef, type InjectionKey } from 'vue';
import type { ApolloClient, NormalizedCacheObject } from '@apollo/client/core';
import {
  MeDocument,
  SignInDocument,
  SignOutDocument,
  type SessionUserFragment,
} from '@/gql/graphql';
import type { Role } from '@/shared/roles';

/** The signed-in user as the app shell knows them. */
export type SessionUser = SessionUserFragment;

/** Why a session ended: the user signed out, or the server no longer knows the session. */
export type SessionEndReason = 'signed-out' | 'expired';

type EndListener = (reason: SessionEndReason) => void | Promise<void>;

// The app's Apollo client, or a test's with a MockLink.
type AnyApolloClient = ApolloClient<NormalizedCacheObject>;

export interface CreateSessionOptions {
  /**
   * The user when it is already known (tests): no `me` query is sent. `undefined` (the default)
   * means unknown: the first `load()` asks the server.
   */
  initialUser?: SessionUser | null;
}

/**
 * Who is signed in, shared by the whole app: the router's guard, the drawer, the app bar and the
 * pages. The server keeps the session in an HttpOnly cookie, so the only way to know is to ask:
 * `me` is queried once at start (cache-first), and sign-in / sign-out update the answer.
 */
export function createSession(apollo: AnyApolloClient, options: CreateSessionOptions = {}) {
  const user = shallowRef<SessionUser | null>(options.initialUser ?? null);
  const loaded = shallowRef(options.initialUser !== undefined);
  const error = shallowRef<unknown>(null);
  const listeners = new Set<EndListener>();
  let firstLoad: Promise<SessionUser | null> | null = loaded.value
    ? Promise.resolve(user.value)
    : null;

  async function query(fetchPolicy: 'cache-first' | 'network-only'): Promise<SessionUser | null> {
    try {
      const { data } = await apollo.query({ query: MeDocument, fetchPolicy });
      user.value = data.me ?? null;
      error.value = null;
    } catch (err) {
      // Server unreachable: carry on as a visitor; public pages still work.
      error.value = err;
    } finally {
      loaded.value = true;
    }
    return user.value;
  }

  /** Asks the server who is signed in, once; later calls get the same answer. */
  function load(): Promise<SessionUser | null> {
    firstLoad ??= query('cache-first');
    return firstLoad;
  }

  /** Asks again (after the user's own account changed). */
  function refresh(): Promise<SessionUser | null> {
    return query('network-only');
  }

  async function notifyEnd(reason: SessionEndReason): Promise<void> {
    for (const listener of [...listeners]) await listener(reason);
  }

  /**
   * Signs in with a username (or e-mail) and password. Rejects with the ApolloError the server
   * gave (`UNAUTHENTICATED` with a reason, `LIMIT_EXCEEDED` with `retryAfterSeconds`).
   */
  async function signIn(login: string, password: string): Promise<SessionUser> {
    const { data } = await apollo.mutate({
      mutation: SignInDocument,
      variables: { input: { login: login.trim(), password } },
    });
    const signedIn = data?.signIn.user;
    if (!signedIn) throw new Error('signIn returned no user');
    apollo.writeQuery({ query: MeDocument, data: { me: signedIn } });
    user.value = signedIn;
    loaded.value = true;
    firstLoad = Promise.resolve(signedIn);
    return signedIn;
  }

  /**
   * Signs out: the server ends the session and clears the cookie, the app leaves pages that need
   * a session (the end listeners), then the Apollo store is reset so nothing of this user's data
   * stays in memory.
   */
  async function signOut(): Promise<void> {
    await apollo.mutate({ mutation: SignOutDocument });
    user.value = null;
    firstLoad = Promise.resolve(null);
    await notifyEnd('signed-out');
    try {
      await apollo.resetStore();
    } catch {
      // A query in flight was cancelled by the reset: nothing to do.
    }
  }

  /** The server said UNAUTHENTICATED to an ordinary request: the session has ended there. */
  function expire(): void {
    if (!user.value) return;
    user.value = null;
    firstLoad = Promise.resolve(null);
    // Not inside the Apollo link that reported it: let the failing request finish first.
    setTimeout(() => {
      void notifyEnd('expired').then(() => apollo.clearStore().catch(() => undefined));
    }, 0);
  }

  /** Calls `listener` when the session ends; returns a function that stops it. */
  function onEnd(listener: EndListener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  function hasRole(...roles: Role[]): boolean {
    return !!user.value && roles.some((role) => user.value!.roles.includes(role));
  }

  return {
    /** The signed-in user, or null. */
    user: readonly(user),
    signedIn: computed(() => user.value !== null),
    /** True once the server has answered (or failed to answer) the first `me`. */
    loaded: readonly(loaded),
    /** The last error asking `me`, if the server could not be reached. */
    error: readonly(error),
    load,
    refresh,
    signIn,
    signOut,
    expire,
    onEnd,
    hasRole,
  };
}

export type Session = ReturnType<typeof createSession>;

export const SESSION_KEY: InjectionKey<Session> = Symbol('masar.session');

/** The app's session (provided by `plugins/index.ts`). */
export function useSession(): Session {
  const session = inject(SESSION_KEY, null);
  if (!session) throw new Error('useSession(): no session provided (see plugins/index.ts)');
  return session;
}
