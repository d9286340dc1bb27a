import { computed, inject, readonly, shallowRef, type InjectionKey } from 'vue';
import {
  MeDocument,
  SignInDocument,
  SignOutDocument,
  type SessionUserFragment,
} from '@/gql/graphql';
import type { Role } from '@/shared/roles';
import { request } from '@/shared/graphql-request';

/** The signed-in user as the app shell knows them. */
export type SessionUser = SessionUserFragment;

/** Why a session ended: the user signed out, or the server no longer knows the session. */
export type SessionEndReason = 'signed-out' | 'expired';

type EndListener = (reason: SessionEndReason) => void | Promise<void>;

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
 * `me` is queried once at start, and sign-in / sign-out update the answer. The three go through
 * `request()` (graphql-request.ts), not Apollo Client: the shell knows who is signed in before,
 * and without, Apollo Client (loaded only with a page that needs it; plugins/index.ts clears its
 * cache when the session ends, through `onEnd`).
 */
export function createSession(options: CreateSessionOptions = {}) {
  const user = shallowRef<SessionUser | null>(options.initialUser ?? null);
  const loaded = shallowRef(options.initialUser !== undefined);
  const error = shallowRef<unknown>(null);
  const listeners = new Set<EndListener>();
  let firstLoad: Promise<SessionUser | null> | null = loaded.value
    ? Promise.resolve(user.value)
    : null;

  async function query(): Promise<SessionUser | null> {
    try {
      const data = await request(MeDocument);
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
    firstLoad ??= query();
    return firstLoad;
  }

  /** Asks again (after the user's own account changed). */
  function refresh(): Promise<SessionUser | null> {
    return query();
  }

  async function notifyEnd(reason: SessionEndReason): Promise<void> {
    for (const listener of [...listeners]) await listener(reason);
  }

  /**
   * Signs in with a username (or e-mail) and password. Rejects with the RequestError the server
   * gave (`UNAUTHENTICATED` with a reason, `LIMIT_EXCEEDED` with `retryAfterSeconds`).
   */
  async function signIn(login: string, password: string): Promise<SessionUser> {
    const data = await request(SignInDocument, { input: { login: login.trim(), password } });
    const signedIn = data.signIn.user;
    if (!signedIn) throw new Error('signIn returned no user');
    user.value = signedIn;
    loaded.value = true;
    firstLoad = Promise.resolve(signedIn);
    return signedIn;
  }

  /**
   * Signs out: the server ends the session and clears the cookie, then the end listeners run in
   * the order they were added: the router leaves pages that need a session, then Apollo's store
   * (when a page loaded it) is reset so nothing of this user's data stays in memory.
   */
  async function signOut(): Promise<void> {
    await request(SignOutDocument);
    user.value = null;
    firstLoad = Promise.resolve(null);
    await notifyEnd('signed-out');
  }

  /** The server said UNAUTHENTICATED to an ordinary request: the session has ended there. */
  function expire(): void {
    if (!user.value) return;
    user.value = null;
    firstLoad = Promise.resolve(null);
    // Not inside the request (or Apollo link) that reported it: let it finish first.
    setTimeout(() => void notifyEnd('expired'), 0);
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
