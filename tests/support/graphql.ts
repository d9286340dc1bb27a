/**
 * GraphQL over HTTP for the browser journeys: seeding data and checking what a token or a
 * session can do, against a server from startServer().
 */
import { expect } from 'vitest';
import type { RunningServer } from './server.js';

/** The JSON body of a GraphQL answer. */
export interface GraphQLAnswer<T> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** A user to create with createUser() and later sign in as. */
export interface TestUser {
  username: string;
  password: string;
  name: string;
}

/**
 * POSTs a query to `${server.url}/graphql` and returns the parsed answer and the response
 * (for its headers). `headers` are sent as well, e.g. `{ cookie }` or
 * `{ authorization: 'Bearer …' }`.
 */
export async function post<T>(
  server: RunningServer,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ body: GraphQLAnswer<T>; res: Response }> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { body: (await res.json()) as GraphQLAnswer<T>, res };
}

/** Signs in over HTTP and returns the session cookie (`masar_session=…`) to send back. */
export async function signInOverHttp(
  server: RunningServer,
  login: string,
  password: string,
): Promise<string> {
  const { body, res } = await post<{ signIn: { user: { id: string; username: string } } }>(
    server,
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id username } } }',
    { input: { login, password } },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('masar_session='));
  expect(cookie).toBeTruthy();
  return cookie!;
}

/** Creates a user with these roles as the signed-in admin whose session `cookie` is given. */
export async function createUser(
  server: RunningServer,
  cookie: string,
  user: TestUser,
  roles: string[],
): Promise<void> {
  const { body } = await post<{ userCreate: { user: { id: string } | null; errors: unknown[] } }>(
    server,
    `mutation UserCreate($input: UserCreateInput!) {
      userCreate(input: $input) { user { id username roles } errors { code message field } }
    }`,
    { input: { username: user.username, displayName: user.name, roles, password: user.password } },
    { cookie },
  );
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(body.data!.userCreate.errors).toEqual([]);
}
