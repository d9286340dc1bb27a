import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { TEST_ADMIN_PASSWORD, TestServer, testEngine } from '../../test-support/test-app.js';
import { PolicyQueryResolver } from '../policy/policy.resolver.js';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import { NORMAL, send } from './protection.test-support.js';

describe(`the execution timeout (${testEngine})`, () => {
  let server: TestServer;
  const TIMEOUT_MS = 300;
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Makes the resolver of `activePolicy` take `ms` longer. */
  function slowActivePolicy(ms: number) {
    const original = PolicyQueryResolver.prototype.activePolicy;
    vi.spyOn(PolicyQueryResolver.prototype, 'activePolicy').mockImplementation(async function (
      this: PolicyQueryResolver,
      ...args
    ) {
      await sleep(ms);
      return original.apply(this, args);
    });
  }

  beforeAll(async () => {
    server = await TestServer.start({ queryTimeoutMs: TIMEOUT_MS, statementTimeoutMs: TIMEOUT_MS });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => server?.stop());

  it('lets a query finish within the time and answers TIMEOUT at the deadline for a longer one', async () => {
    slowActivePolicy(TIMEOUT_MS / 3);
    const under = await send<{ activePolicy: { number: number } }>(server.app.url, {
      query: NORMAL,
    });
    expect(under.errors).toBeUndefined();
    expect(under.data!.activePolicy.number).toBe(1);

    slowActivePolicy(TIMEOUT_MS * 4);
    const over = await send(server.app.url, {
      query: '{ activePolicy { id steps { id } } me { id } }',
    });
    expect(over.errors).toHaveLength(1);
    expect(over.errors![0]).toMatchObject({
      path: ['activePolicy'],
      extensions: { code: 'TIMEOUT', timeoutMs: TIMEOUT_MS },
    });
    expect(over.data).toEqual({ activePolicy: null, me: null });
    // Answered at the deadline, not when the slow resolver ended.
    expect(over.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 20);
    expect(over.ms).toBeLessThan(TIMEOUT_MS * 3);

    vi.restoreAllMocks();
    const after = await send(server.app.url, { query: NORMAL });
    expect(after.errors).toBeUndefined();
  });

  it('does not cut a mutation short (it would go on to commit after the answer)', async () => {
    const original = AccountsResolver.prototype.signIn;
    vi.spyOn(AccountsResolver.prototype, 'signIn').mockImplementation(async function (
      this: AccountsResolver,
      ...args
    ) {
      await sleep(TIMEOUT_MS * 2);
      return original.apply(this, args);
    });
    const res = await send<{ signIn: { user: { username: string } } }>(server.app.url, {
      query: 'mutation($i: SignInInput!) { signIn(input: $i) { user { username } } }',
      variables: { i: { login: 'admin', password: TEST_ADMIN_PASSWORD } },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.signIn.user.username).toBe('admin');
  });

  it.runIf(testEngine === 'postgresql')(
    'bounds each PostgreSQL statement with statement_timeout',
    async () => {
      const connection = server.app.orm.em.fork().getConnection();
      await expect(
        connection.execute(`select pg_sleep(${TIMEOUT_MS / 3000})`),
      ).resolves.toBeTruthy();
      await expect(
        connection.execute(`select pg_sleep(${(TIMEOUT_MS * 3) / 1000})`),
      ).rejects.toThrow(/statement timeout/);
    },
  );
});
