import { afterAll, beforeAll, expect } from 'vitest';
import { TestServer, type GraphQLClient } from '../../test-support/test-app.js';

/** What the sign-in tests share: a server that trusts X-Forwarded-For from loopback, and helpers. */
export const STRONG = 'Juniper-Falcon-Tide-58';
export const WRONG = 'Wrong-Guess-Pebble-12';
export const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { user { username } } }';
export const ME = '{ me { username } }';

export interface Answer {
  status: number;
  body: {
    data?: { signIn?: { user: { username: string } } | null } | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  cookie: string | null;
}

/** What an answer came to: OK, or the error's reason (INVALID_CREDENTIALS, SIGN_IN_LOCKED…). */
export const outcome = (a: Answer) =>
  a.body.data?.signIn ? 'OK' : String(a.body.errors?.[0]?.extensions?.reason ?? 'ERROR');

/** Starts the server for the file's tests and returns it with the helpers (set before each test). */
export function signInKit() {
  const kit = {
    server: undefined as unknown as TestServer,
    admin: undefined as unknown as GraphQLClient,
  };
  const sql = (query: string, params: unknown[] = []) =>
    kit.server.app.orm.em.getConnection().execute(query, params);
  const count = async (query: string, params: unknown[] = []) => {
    const [row] = await sql(query, params);
    return Number((row as { n: number | string }).n);
  };
  /** Passwords verified and found wrong for a user: one audit row each. */
  const failedGuesses = (userId: string) =>
    count(
      "select count(*) as n from audit_entry where action = 'auth.passwordFailed' and target_id = ?",
      [userId],
    );

  async function signInFrom(ip: string, login: string, password: string): Promise<Answer> {
    const res = await kit.server
      .client({ 'x-forwarded-for': ip })
      .post(SIGN_IN, { i: { login, password } });
    return {
      status: res.status,
      body: (await res.json()) as Answer['body'],
      cookie: res.headers.get('set-cookie'),
    };
  }

  async function createUser(username: string, password = STRONG, email?: string) {
    const r = await kit.admin.graphql<{
      userCreate: { user: { id: string } | null; errors: { code: string; message: string }[] };
    }>(
      'mutation($i: UserCreateInput!) { userCreate(input: $i) { user { id } errors { code message } } }',
      { i: { username, displayName: username, roles: ['STAFF'], password, email } },
    );
    return r.data!.userCreate;
  }
  const createdId = async (username: string, password = STRONG, email?: string) => {
    const r = await createUser(username, password, email);
    expect(r.errors).toEqual([]);
    return r.user!.id;
  };

  beforeAll(async () => {
    kit.server = await TestServer.start({ trustProxy: 'loopback' });
    kit.admin = await kit.server.admin();
  });
  afterAll(async () => kit.server?.stop());
  return Object.assign(kit, { sql, count, failedGuesses, signInFrom, createUser, createdId });
}
