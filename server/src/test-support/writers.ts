/**
 * Officers at work against a server reached by URL (a server process): a staff user, a
 * beneficiary, and transactions opened concurrently, each acknowledged write remembered.
 */
import { randomBytes } from 'node:crypto';
import { createBeneficiary } from './fixtures.js';
import { GraphQLClient, TEST_ADMIN_PASSWORD, TEST_USER_PASSWORD } from './test-app.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const OPEN = `mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { transaction { id } errors { code } } }`;

/** Signs in at a server's URL; the client carries the session cookie. */
export async function signInAt(url: string, login: string, password: string) {
  const anonymous = new GraphQLClient(`${url}/graphql`, {});
  const res = await anonymous.post(SIGN_IN, { input: { login, password } });
  const body = (await res.json()) as { errors?: unknown };
  const cookie = res.headers.get('set-cookie');
  if (body.errors || !cookie) throw new Error(`sign-in failed: ${JSON.stringify(body)}`);
  return new GraphQLClient(`${url}/graphql`, { cookie: cookie.split(';')[0]! });
}

export interface Desk {
  officer: GraphQLClient;
  beneficiaryId: string;
}

/** A staff officer and one beneficiary on the server at `url`. */
export async function prepareDesk(url: string): Promise<Desk> {
  const admin = await signInAt(url, 'admin', TEST_ADMIN_PASSWORD);
  const username = `officer${randomBytes(3).toString('hex')}`;
  const created = await admin.graphql<{ userCreate: { errors: unknown[] } }>(
    `mutation($input: UserCreateInput!) { userCreate(input: $input) { errors { code } } }`,
    {
      input: { username, displayName: username, roles: ['STAFF'], password: TEST_USER_PASSWORD },
    },
  );
  if (created.errors || created.data?.userCreate.errors.length) {
    throw new Error(`userCreate failed: ${JSON.stringify(created)}`);
  }
  const officer = await signInAt(url, username, TEST_USER_PASSWORD);
  // A citizen's national ID starts with 1; eight random digits keep each desk's apart.
  const nineDigits = `1${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
  const beneficiaryId = await createBeneficiary(officer, nineDigits);
  return { officer, beneficiaryId };
}

/** What became of one request: acknowledged (with the id it created), refused, or lost. */
export type Outcome = { ok: true; id: string } | { ok: false; reason: string };

/** Opens a transaction with `subject`; never throws (a dropped connection is an outcome). */
export async function openOne(desk: Desk, subject: string): Promise<Outcome> {
  try {
    const res = await desk.officer.post(OPEN, {
      i: {
        beneficiaryId: desk.beneficiaryId,
        channelKey: 'PHONE',
        type: 'SUPPORT_REQUEST',
        subject,
      },
    });
    const text = await res.text();
    if (res.status !== 200)
      return { ok: false, reason: `HTTP ${res.status} ${text.slice(0, 200)}` };
    const body = JSON.parse(text) as {
      data?: { transactionOpen: { transaction: { id: string } | null } };
      errors?: unknown;
    };
    const id = body.data?.transactionOpen.transaction?.id;
    return id ? { ok: true, id } : { ok: false, reason: JSON.stringify(body.errors ?? body) };
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause;
    return { ok: false, reason: cause?.code ?? String(err) };
  }
}

/**
 * `writers` officers opening transactions one after another until `stop()` says so; every
 * outcome is kept, in order, per writer.
 */
export function keepWriting(desk: Desk, writers: number, prefix: string) {
  const outcomes: Outcome[] = [];
  let stopped = false;
  const loops = Array.from({ length: writers }, async (_, w) => {
    for (let i = 0; !stopped; i++) outcomes.push(await openOne(desk, `${prefix} ${w}-${i}`));
  });
  return {
    outcomes,
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return outcomes;
    },
  };
}
