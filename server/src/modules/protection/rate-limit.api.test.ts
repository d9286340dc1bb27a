import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine } from '../../test-support/test-app.js';
import { loadConfig } from '../../config.js';
import { codeOf, NORMAL, send, type Answer } from './protection.test-support.js';

describe(`the rate limit (${testEngine})`, () => {
  let server: TestServer;
  const PER_USER = 5;
  const ANONYMOUS = 20;
  const ME = { query: '{ me { id } }' };

  async function expectLimited(res: Answer) {
    expect(res.status).toBe(429);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(res.errors![0]!.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: retryAfter,
    });
  }

  beforeAll(async () => {
    server = await TestServer.start({
      rateLimitPerMinute: PER_USER,
      anonymousRateLimitPerMinute: ANONYMOUS,
      // The tests pose as several client addresses through X-Forwarded-For.
      trustProxy: 'loopback',
    });
  });
  afterAll(async () => server?.stop());

  it('refuses a user past their limit with 429 RATE_LIMITED; another user is unaffected', async () => {
    const first = await server.userWithRoles(['STAFF']);
    const second = await server.userWithRoles(['STAFF']);
    for (let i = 0; i < PER_USER; i++) {
      expect((await send(server.app.url, ME, first.headers)).status).toBe(200);
    }
    await expectLimited(await send(server.app.url, ME, first.headers));
    const other = await send<{ me: { id: string } }>(server.app.url, ME, second.headers);
    expect(other.status).toBe(200);
    expect(other.data!.me.id).toBeTruthy();
  });

  it('counts the CSV downloads against the same limit as /graphql', async () => {
    const user = await server.userWithRoles(['MANAGER']);
    for (let i = 0; i < PER_USER - 1; i++) {
      expect((await send(server.app.url, ME, user.headers)).status).toBe(200);
    }
    const exported = await fetch(`${server.app.url}/api/export/transactions.csv`, {
      headers: user.headers,
    });
    expect(exported.status).toBe(200);
    const refused = await fetch(`${server.app.url}/api/export/transactions.csv`, {
      headers: user.headers,
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await refused.json()).errors[0].code).toBe('RATE_LIMITED');
    const csv = await fetch(
      `${server.app.url}/api/csv?${new URLSearchParams({ query: '{ transactionStats { measures { count } } }' })}`,
      { headers: user.headers },
    );
    expect(csv.status).toBe(429);
  });

  it('counts a user’s API tokens and sessions together: more tokens buy no more requests', async () => {
    const user = await server.userWithRoles(['ANALYST']);
    const bearers: Record<string, string>[] = [];
    for (const name of ['rate test 1', 'rate test 2']) {
      const created = await user.graphql<{ apiTokenCreate: { token: string } }>(
        `mutation { apiTokenCreate(input: { name: "${name}" }) { token } }`,
      );
      bearers.push({ authorization: `Bearer ${created.data!.apiTokenCreate.token}` });
    }
    // 2 of the user's operations are used by the two creations; the tokens share the rest.
    for (let i = 0; i < PER_USER - 2; i++) {
      expect((await send(server.app.url, ME, bearers[i % 2]!)).status).toBe(200);
    }
    await expectLimited(await send(server.app.url, ME, bearers[0]!));
    await expectLimited(await send(server.app.url, ME, bearers[1]!));
    await expectLimited(await send(server.app.url, ME, user.headers));
  });

  it('counts anonymous callers by address, refused tokens included', async () => {
    const from = (ip: string, extra: Record<string, string> = {}) => ({
      'x-forwarded-for': ip,
      ...extra,
    });
    for (let i = 0; i < ANONYMOUS; i++) {
      expect((await send(server.app.url, { query: NORMAL }, from('203.0.113.7'))).status).toBe(200);
    }
    await expectLimited(await send(server.app.url, { query: NORMAL }, from('203.0.113.7')));
    expect((await send(server.app.url, { query: NORMAL }, from('203.0.113.8'))).status).toBe(200);

    const bogus = from('203.0.113.9', { authorization: 'Bearer msr_not-a-real-token' });
    for (let i = 0; i < ANONYMOUS; i++) {
      expect((await send(server.app.url, ME, bogus)).status).toBe(401);
    }
    await expectLimited(await send(server.app.url, ME, bogus));
  });

  it('counts every operation of a batched request (which is refused)', async () => {
    const user = await server.userWithRoles(['STAFF']);
    const batch = await send(server.app.url, [ME, ME, ME], user.headers);
    expect(batch.status).toBe(400);
    expect(codeOf(batch)).toBe('BAD_REQUEST');
    // 3 of 5 used by the batch: two more pass, the third is refused.
    expect((await send(server.app.url, ME, user.headers)).status).toBe(200);
    expect((await send(server.app.url, ME, user.headers)).status).toBe(200);
    await expectLimited(await send(server.app.url, ME, user.headers));
  });
});

describe('the limits’ settings', () => {
  it('read MASAR_RATE_LIMIT, MASAR_RATE_LIMIT_ANONYMOUS and the timeouts, with defaults', () => {
    expect(loadConfig({})).toMatchObject({
      rateLimitPerMinute: 600,
      anonymousRateLimitPerMinute: 300,
      queryTimeoutMs: 10_000,
      statementTimeoutMs: 30_000,
    });
    expect(
      loadConfig({
        MASAR_RATE_LIMIT: '50',
        MASAR_RATE_LIMIT_ANONYMOUS: '20',
        MASAR_QUERY_TIMEOUT_MS: '2000',
        MASAR_STATEMENT_TIMEOUT_MS: '5000',
      }),
    ).toMatchObject({
      rateLimitPerMinute: 50,
      anonymousRateLimitPerMinute: 20,
      queryTimeoutMs: 2000,
      statementTimeoutMs: 5000,
    });
    expect(() => loadConfig({ MASAR_RATE_LIMIT: 'lots' })).toThrow(/MASAR_RATE_LIMIT/);
  });
});
