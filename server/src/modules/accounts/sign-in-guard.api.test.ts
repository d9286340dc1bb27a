import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  TEST_USER_PASSWORD,
  TestServer,
  createTestDatabase,
  testEngine,
  type GraphQLClient,
} from '../../test-support/test-app.js';
import { openDatabase } from '../../db/orm.js';
import { runCli } from '../../cli/commands.js';
import { ensureFirstAdmin, MAX_ACTIVE_TOKENS } from './accounts.service.js';
import { claim, hardLock, prune, THROTTLE } from './sign-in-guard.js';

/**
 * Issue 13, items 5–11: password guessing under a burst, over real HTTP. The server trusts
 * X-Forwarded-For from loopback, so each test poses as the client addresses it needs.
 */

const STRONG = 'Juniper-Falcon-Tide-58';
const WRONG = 'Wrong-Guess-Pebble-12';
const SIGN_IN = 'mutation($i: SignInInput!) { signIn(input: $i) { user { username } } }';
const ME = '{ me { username } }';

interface Answer {
  status: number;
  body: {
    data?: { signIn?: { user: { username: string } } | null } | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  cookie: string | null;
}

/** What an answer came to: OK, or the error's reason (INVALID_CREDENTIALS, SIGN_IN_LOCKED…). */
const outcome = (a: Answer) =>
  a.body.data?.signIn ? 'OK' : String(a.body.errors?.[0]?.extensions?.reason ?? 'ERROR');

describe(`sign-in that holds under a burst (${testEngine})`, () => {
  let server: TestServer;
  let admin: GraphQLClient;
  const sql = (query: string, params: unknown[] = []) =>
    server.app.orm.em.getConnection().execute(query, params);
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
    const res = await server
      .client({ 'x-forwarded-for': ip })
      .post(SIGN_IN, { i: { login, password } });
    return {
      status: res.status,
      body: (await res.json()) as Answer['body'],
      cookie: res.headers.get('set-cookie'),
    };
  }

  async function createUser(username: string, password = STRONG, email?: string) {
    const r = await admin.graphql<{
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
    server = await TestServer.start({ trustProxy: 'loopback' });
    admin = await server.admin();
  });
  afterAll(async () => server?.stop());

  describe('item 5: each guess is counted before the password is checked', () => {
    it('of 39 concurrent wrong passwords at most 5 are verified; the right one is then refused', async () => {
      const id = await createdId('burst');
      const answers = await Promise.all(
        Array.from({ length: 39 }, () => signInFrom('203.0.113.10', 'burst', WRONG)),
      );
      const outcomes = answers.map(outcome);
      const verified = outcomes.filter((o) => o === 'INVALID_CREDENTIALS').length;
      expect(verified).toBeGreaterThan(0);
      expect(verified).toBeLessThanOrEqual(THROTTLE.pairLockAfter);
      expect(await failedGuesses(id)).toBe(verified);
      for (const o of outcomes) {
        expect([
          'INVALID_CREDENTIALS',
          'SIGN_IN_LOCKED',
          'SIGN_IN_SLOWED',
          'SIGN_IN_BUSY',
        ]).toContain(o);
      }

      const right = await signInFrom('203.0.113.10', 'burst', STRONG);
      expect(outcome(right)).toBe('SIGN_IN_LOCKED');
      expect(right.body.errors![0]!.extensions).toMatchObject({ code: 'LIMIT_EXCEEDED' });
      expect(right.cookie).toBeNull();
      expect(
        await count(
          "select count(*) as n from audit_entry where action = 'auth.locked' and target_id = ?",
          [id],
        ),
      ).toBe(1);
    });

    it('counts in one atomic statement: of 39 concurrent claims on one counter exactly 5 pass', async () => {
      const counter = hardLock('pair:atomic-test|198.51.100.99', 'pair', THROTTLE.pairLockAfter);
      const now = new Date();
      const results = await Promise.all(
        Array.from({ length: 39 }, () => claim(server.app.orm.em.fork(), counter, now)),
      );
      const passed = results.filter((r) => 'n' in r).map((r) => ('n' in r ? r.n : 0));
      expect(passed.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
      expect(results.filter((r) => 'lockedUntil' in r)).toHaveLength(34);
    });

    it('prunes counters untouched for longer than any window, and keeps the others', async () => {
      const em = server.app.orm.em.fork();
      const old = hardLock('pair:prune-old|198.51.100.98', 'pair', THROTTLE.pairLockAfter);
      const fresh = hardLock('pair:prune-fresh|198.51.100.98', 'pair', THROTTLE.pairLockAfter);
      const longAgo = new Date(Date.now() - (THROTTLE.accountWindowMinutes + 60) * 60_000);
      await claim(em, old, longAgo);
      await claim(em, fresh, new Date());
      await prune(em, new Date());
      const keys = ((await sql('select "key" from sign_in_throttle')) as { key: string }[]).map(
        (r) => r.key,
      );
      expect(keys).not.toContain(old.key);
      expect(keys).toContain(fresh.key);
    });

    it('Migration20261206140200 drops the counters of the old scheme, keyed by the login as typed', async () => {
      const conn = server.app.orm.em.getConnection();
      await conn.execute(
        'insert into sign_in_throttle ("key", failures, last_failure_at) values (?, 3, ?)',
        ['user:someone@example.org', new Date()],
      );
      await conn.execute('delete from mikro_orm_migrations where name like ?', [
        'Migration20261206140200%',
      ]);
      const ran = await server.app.orm.getMigrator().up();
      expect(ran.map((m) => m.name)).toEqual(['Migration20261206140200']);
      const rows = JSON.stringify(await sql('select "key" from sign_in_throttle'));
      expect(rows).not.toContain('someone@example.org');
    });

    it('forgets the guesses of a pair once its owner signs in', async () => {
      await createdId('forgetful');
      for (let i = 0; i < THROTTLE.pairLockAfter - 1; i++) {
        expect(outcome(await signInFrom('203.0.113.11', 'forgetful', WRONG))).toBe(
          'INVALID_CREDENTIALS',
        );
      }
      expect(outcome(await signInFrom('203.0.113.11', 'forgetful', STRONG))).toBe('OK');
      for (let i = 0; i < THROTTLE.pairLockAfter - 1; i++) {
        expect(outcome(await signInFrom('203.0.113.11', 'forgetful', WRONG))).toBe(
          'INVALID_CREDENTIALS',
        );
      }
    });
  });

  describe('item 6: the account is the user, however the login is typed', () => {
    it('the username and the e-mail address share one counter', async () => {
      await createdId('shared', STRONG, 'shared@example.org');
      for (let i = 0; i < THROTTLE.pairLockAfter; i++) {
        const login = i % 2 ? 'Shared@Example.org' : 'SHARED';
        expect(outcome(await signInFrom('203.0.113.20', login, WRONG))).toBe('INVALID_CREDENTIALS');
      }
      expect(outcome(await signInFrom('203.0.113.20', 'shared@example.org', STRONG))).toBe(
        'SIGN_IN_LOCKED',
      );
      expect(outcome(await signInFrom('203.0.113.20', 'shared', STRONG))).toBe('SIGN_IN_LOCKED');
    });

    it('an unknown login is counted by its normalised form, and kept only as a hash', async () => {
      for (let i = 0; i < THROTTLE.pairLockAfter; i++) {
        const login = i % 2 ? ' Nobody@Example.ORG ' : 'nobody@example.org';
        expect(outcome(await signInFrom('203.0.113.21', login, WRONG))).toBe('INVALID_CREDENTIALS');
      }
      expect(outcome(await signInFrom('203.0.113.21', 'NOBODY@example.org', WRONG))).toBe(
        'SIGN_IN_LOCKED',
      );
      const rows = JSON.stringify(await sql('select * from sign_in_throttle'));
      expect(rows).not.toContain('nobody');
      const audit = JSON.stringify(
        await sql("select * from audit_entry where action like 'auth.%'"),
      );
      expect(audit).not.toContain('nobody');
      expect(audit).not.toContain(WRONG);
    });
  });

  describe('item 7: an unknown login takes as long as a known one', () => {
    it('answers a wrong password for an unknown user in about the time of a known one', async () => {
      await createdId('timed');
      const time = async (login: string, ip: string) => {
        const started = performance.now();
        expect(outcome(await signInFrom(ip, login, WRONG))).toBe('INVALID_CREDENTIALS');
        return performance.now() - started;
      };
      await time('warm-up', '192.0.2.9');
      const known: number[] = [];
      const unknown: number[] = [];
      for (let i = 0; i < 4; i++) {
        known.push(await time('timed', `192.0.2.${10 + i}`));
        unknown.push(await time(`ghost${i}`, `192.0.2.${30 + i}`));
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(unknown) / median(known);
      expect(ratio).toBeGreaterThan(0.5);
      expect(ratio).toBeLessThan(2);
    });
  });

  describe('item 8: guessing from elsewhere does not lock the owner out', () => {
    it('the owner signs in from their usual address while other addresses hammer the account', async () => {
      const id = await createdId('victim');
      const usual = '198.51.100.7';
      expect(outcome(await signInFrom(usual, 'victim', STRONG))).toBe('OK');

      const attack = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          signInFrom(`203.0.113.${100 + (i % 8)}`, 'victim', WRONG),
        ),
      );
      const outcomes = attack.map(outcome);
      const verified = outcomes.filter((o) => o === 'INVALID_CREDENTIALS').length;
      expect(verified).toBeLessThanOrEqual(THROTTLE.accountSlowAfter);
      expect(await failedGuesses(id)).toBe(verified);
      expect(outcomes).toContain('SIGN_IN_SLOWED');

      // The owner, from the address they signed in from before: at once.
      expect(outcome(await signInFrom(usual, 'victim', STRONG))).toBe('OK');
      // From an address they never used: slowed down (a short wait), not locked.
      const elsewhere = await signInFrom('192.0.2.200', 'victim', STRONG);
      expect(outcome(elsewhere)).toBe('SIGN_IN_SLOWED');
      const wait = Number(elsewhere.body.errors![0]!.extensions!.retryAfterSeconds);
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(THROTTLE.accountFirstDelaySeconds);
      expect(
        await count(
          "select count(*) as n from audit_entry where action = 'auth.slowed' and target_id = ?",
          [id],
        ),
      ).toBe(1);

      // When the wait is over one more guess is verified, and the next wait is twice as long.
      await sql('update sign_in_throttle set locked_until = ? where "key" = ?', [
        new Date(Date.now() - 1000),
        `acct:${id}`,
      ]);
      expect(outcome(await signInFrom('203.0.113.120', 'victim', WRONG))).toBe(
        'INVALID_CREDENTIALS',
      );
      const next = await signInFrom('203.0.113.121', 'victim', WRONG);
      expect(outcome(next)).toBe('SIGN_IN_SLOWED');
      const nextWait = Number(next.body.errors![0]!.extensions!.retryAfterSeconds);
      expect(nextWait).toBeGreaterThan(THROTTLE.accountFirstDelaySeconds);
      expect(nextWait).toBeLessThanOrEqual(2 * THROTTLE.accountFirstDelaySeconds);
    });

    it('a flood of guesses from elsewhere does not keep the owner’s own sign-in waiting or out', async () => {
      const id = await createdId('flooded');
      const usual = '198.51.100.8';
      expect(outcome(await signInFrom(usual, 'flooded', STRONG))).toBe('OK');
      const flood = Array.from({ length: 60 }, (_, i) =>
        signInFrom(`203.0.113.${140 + (i % 12)}`, 'flooded', WRONG),
      );
      // The owner asks while the flood is in flight.
      await new Promise((r) => setTimeout(r, 20));
      const owner = await signInFrom(usual, 'flooded', STRONG);
      const outcomes = (await Promise.all(flood)).map(outcome);
      expect(outcome(owner)).toBe('OK');
      expect(outcomes.filter((o) => o === 'INVALID_CREDENTIALS').length).toBeLessThanOrEqual(
        THROTTLE.accountSlowAfter,
      );
      expect(await failedGuesses(id)).toBeLessThanOrEqual(THROTTLE.accountSlowAfter);
    });

    it('nobody can lock the administrator out of their usual address', async () => {
      for (let i = 0; i < 12; i++) {
        await signInFrom(`203.0.113.${130 + (i % 3)}`, 'admin', WRONG);
      }
      // The test admin signs in from 127.0.0.1 (no X-Forwarded-For), as before the attack.
      const again = await server.admin();
      expect((await again.graphql<{ me: { username: string } }>(ME)).data!.me.username).toBe(
        'admin',
      );
    });

    it('still locks an address that tries many accounts, and audits the lock', async () => {
      for (let i = 0; i < THROTTLE.addressLockAfter; i++) {
        await signInFrom('203.0.113.40', `spray${i}`, WRONG);
      }
      expect(outcome(await signInFrom('203.0.113.40', 'spray-last', STRONG))).toBe(
        'SIGN_IN_LOCKED',
      );
      expect(
        await count(
          "select count(*) as n from audit_entry where action = 'auth.locked' and target_id = ?",
          ['203.0.113.40'],
        ),
      ).toBe(1);
    });
  });

  describe('item 9: passwordChange is no password oracle', () => {
    it('locks after 5 wrong current passwords, even for the right one', async () => {
      const user = await server.userWithRoles(['STAFF'], 'changer');
      const change = (currentPassword: string) =>
        user.graphql<{
          passwordChange: { user: { id: string } | null; errors: { code: string }[] };
        }>(
          'mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { user { id } errors { code } } }',
          { i: { currentPassword, newPassword: 'Brisk-Otter-Canyon-45' } },
        );
      for (let i = 0; i < THROTTLE.pairLockAfter; i++) {
        expect((await change(`${WRONG}${i}`)).data!.passwordChange.errors[0]!.code).toBe(
          'WRONG_PASSWORD',
        );
      }
      const right = await change(TEST_USER_PASSWORD);
      expect(right.errors?.[0]?.extensions).toMatchObject({
        code: 'LIMIT_EXCEEDED',
        reason: 'SIGN_IN_LOCKED',
      });
      // Nothing changed: the old password still signs in (from another address).
      expect(outcome(await signInFrom('192.0.2.77', 'changer', TEST_USER_PASSWORD))).toBe('OK');
    });
  });

  describe('item 10: a reset or a deactivation ends every session and API token', () => {
    const makeToken = async (client: GraphQLClient, name: string) => {
      const r = await client.graphql<{
        apiTokenCreate: { token: string | null; errors: { code: string }[] };
      }>(
        'mutation($i: ApiTokenCreateInput!) { apiTokenCreate(input: $i) { token errors { code } } }',
        {
          i: { name },
        },
      );
      return r.data!.apiTokenCreate;
    };
    const tokenWorks = async (token: string) =>
      (await server.client({ authorization: `Bearer ${token}` }).post(ME)).status === 200;
    const idOf = async (client: GraphQLClient) =>
      (await client.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;

    it('userResetPassword revokes the user’s tokens and sessions', async () => {
      const user = await server.userWithRoles(['ANALYST'], 'resetme');
      const tokens = [(await makeToken(user, 'one')).token!, (await makeToken(user, 'two')).token!];
      expect(await tokenWorks(tokens[0]!)).toBe(true);
      const r = await admin.graphql<{ userResetPassword: { errors: unknown[] } }>(
        'mutation($i: UserResetPasswordInput!) { userResetPassword(input: $i) { errors { code } } }',
        { i: { id: await idOf(user), password: 'Velvet-Comet-Harbour-26' } },
      );
      expect(r.data!.userResetPassword.errors).toEqual([]);
      for (const t of tokens) expect(await tokenWorks(t)).toBe(false);
      expect((await user.graphql<{ me: unknown }>(ME)).data!.me).toBeNull();
    });

    it('deactivating and reactivating a user leaves none of their tokens or sessions alive', async () => {
      const user = await server.userWithRoles(['ANALYST'], 'comeback');
      const token = (await makeToken(user, 'script')).token!;
      const id = await idOf(user);
      for (const active of [false, true]) {
        const r = await admin.graphql<{ userUpdate: { errors: unknown[] } }>(
          `mutation { userUpdate(input: { id: "${id}", active: ${active} }) { errors { code } } }`,
        );
        expect(r.data!.userUpdate.errors).toEqual([]);
      }
      expect(await tokenWorks(token)).toBe(false);
      expect((await user.graphql<{ me: unknown }>(ME)).data!.me).toBeNull();
      // Reactivated, they sign in again with their password and make new tokens.
      const back = await server.signIn('comeback', TEST_USER_PASSWORD);
      expect(await tokenWorks((await makeToken(back, 'new')).token!)).toBe(true);
    });

    it('the CLI’s user:reset-password revokes the user’s tokens too', async () => {
      const user = await server.userWithRoles(['ANALYST'], 'clireset');
      const token = (await makeToken(user, 'cli')).token!;
      const out: string[] = [];
      const code = await runCli(
        ['user:reset-password', '--username', 'clireset', '--password', 'Orchid-Glacier-Pilot-83'],
        server.db.config,
        { out: (l) => out.push(l), err: (l) => out.push(l) },
      );
      expect(code).toBe(0);
      expect(out.join('\n')).toMatch(/API tokens were ended/);
      expect(await tokenWorks(token)).toBe(false);
    });

    it(`refuses an 11th active token with TOO_MANY_TOKENS, even when asked all at once`, async () => {
      const user = await server.userWithRoles(['ANALYST'], 'hoarder');
      const results = await Promise.all(
        Array.from({ length: MAX_ACTIVE_TOKENS + 3 }, (_, i) => makeToken(user, `t${i}`)),
      );
      expect(results.filter((r) => r.token)).toHaveLength(MAX_ACTIVE_TOKENS);
      for (const r of results.filter((x) => !x.token)) {
        expect(r.errors[0]!.code).toBe('TOO_MANY_TOKENS');
      }
      expect(
        await count(
          "select count(*) as n from api_token t join app_user u on u.id = t.user_id where u.username = 'hoarder'",
        ),
      ).toBe(MAX_ACTIVE_TOKENS);
      // Revoking one makes room for one.
      const [row] = await sql(
        "select t.id from api_token t join app_user u on u.id = t.user_id where u.username = 'hoarder' limit 1",
      );
      await user.graphql(
        `mutation { apiTokenRevoke(input: { id: "${(row as { id: number }).id}" }) { errors { code } } }`,
      );
      expect((await makeToken(user, 'again')).token).toBeTruthy();
      expect((await makeToken(user, 'one more')).errors[0]!.code).toBe('TOO_MANY_TOKENS');
    });
  });

  describe('item 11: common, breached and username passwords are refused', () => {
    it('userCreate refuses them with WEAK_PASSWORD and creates nobody', async () => {
      const before = await count('select count(*) as n from app_user');
      const cases: [string, string, RegExp][] = [
        ['weak1', 'Password123!', /common and breached/],
        ['weak2', 'qwerty123456', /common and breached/],
        ['weak3', 'iloveyou2024', /common and breached/],
        ['weak4', 'abdulaziz1990', /too easy to guess/],
        ['khalid.o', 'khalid.o-Tidal-Orbit-93', /must not contain the username/],
      ];
      for (const [username, password, message] of cases) {
        const r = await createUser(username, password);
        expect(r.user).toBeNull();
        expect(r.errors[0]).toMatchObject({ code: 'WEAK_PASSWORD' });
        expect(r.errors[0]!.message).toMatch(message);
      }
      expect(await count('select count(*) as n from app_user')).toBe(before);
      expect((await createUser('strong1', 'Tamarind-Lantern-42-Orbit')).errors).toEqual([]);
    });

    it('a reset and an own change refuse them too, changing nothing', async () => {
      const user = await server.userWithRoles(['STAFF'], 'keeper');
      const id = (await user.graphql<{ me: { id: string } }>('{ me { id } }')).data!.me.id;
      const reset = await admin.graphql<{ userResetPassword: { errors: { code: string }[] } }>(
        'mutation($i: UserResetPasswordInput!) { userResetPassword(input: $i) { errors { code } } }',
        { i: { id, password: 'keeper-Strong-Orbit-93' } },
      );
      expect(reset.data!.userResetPassword.errors[0]!.code).toBe('WEAK_PASSWORD');
      const change = await user.graphql<{ passwordChange: { errors: { code: string }[] } }>(
        'mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { errors { code } } }',
        { i: { currentPassword: TEST_USER_PASSWORD, newPassword: 'P@ssw0rd2024' } },
      );
      expect(change.data!.passwordChange.errors[0]!.code).toBe('WEAK_PASSWORD');
      expect((await user.graphql<{ me: unknown }>(ME)).data!.me).not.toBeNull();
      expect(outcome(await signInFrom('192.0.2.88', 'keeper', TEST_USER_PASSWORD))).toBe('OK');
    });

    it('the CLI refuses them', async () => {
      const err: string[] = [];
      const code = await runCli(
        ['user:create', '--username', 'cliweak', '--roles', 'staff', '--password', 'welcome12345'],
        server.db.config,
        { out: () => undefined, err: (l) => err.push(l) },
      );
      expect(code).toBe(1);
      expect(err.join('\n')).toMatch(/common and breached/);
    });

    it('a weak MASAR_ADMIN_PASSWORD creates no first admin and says why', async () => {
      const db = await createTestDatabase();
      const orm = await openDatabase(db.config);
      const said = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      try {
        await expect(ensureFirstAdmin(orm.em.fork(), 'admin-test-password')).rejects.toThrow(
          /must not contain the username/,
        );
        // Said on its own line: in production a crash is logged without its message.
        expect(said).toHaveBeenCalledWith(
          expect.stringMatching(/MASAR_ADMIN_PASSWORD was refused.*must not contain the username/),
        );
        expect(JSON.stringify(said.mock.calls)).not.toContain('admin-test-password');
        await expect(ensureFirstAdmin(orm.em.fork(), 'password1234')).rejects.toThrow(
          /common and breached/,
        );
      } finally {
        said.mockRestore();
        await orm.close(true);
        await db.drop();
      }
    });
  });
});
