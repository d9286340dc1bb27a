import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import {
  TEST_ADMIN_PASSWORD,
  TestServer,
  testEngine,
  type GraphQLClient,
  type GraphQLResponse,
} from '../../test-support/test-app.js';
import { loadConfig } from '../../config.js';
import { PolicyQueryResolver } from '../policy/policy.resolver.js';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import { MAX_BODY_BYTES, QUERY_LIMITS } from './index.js';

interface Answer<T = Record<string, unknown>> extends GraphQLResponse<T> {
  status: number;
  headers: Headers;
  /** Milliseconds from sending to the parsed answer. */
  ms: number;
  errors?: {
    message: string;
    extensions?: { code?: string; [key: string]: unknown };
  }[];
}

/** Posts a raw body (a string is sent as is) over real HTTP and times the answer. */
async function send<T = Record<string, unknown>>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Answer<T>> {
  const started = performance.now();
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  let json: GraphQLResponse<T>;
  try {
    json = JSON.parse(text) as GraphQLResponse<T>;
  } catch {
    throw new Error(`not JSON (${res.status}): ${text.slice(0, 200)}`);
  }
  return { ...json, status: res.status, headers: res.headers, ms };
}

const codeOf = (a: Answer) => a.errors?.[0]?.extensions?.code;

/** `{ __type(name: "Query") { ofType { … name } } }` nesting fields exactly `depth` deep. */
function typeChain(depth: number, operation = ''): string {
  const inner = (n: number): string => (n === 0 ? 'name' : `ofType { ${inner(n - 1)} }`);
  return `${operation} { __type(name: "Query") { ${inner(depth - 2)} } }`;
}

/** `n` aliased fields an anonymous caller may read. */
const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: activePolicy { id }`).join(' ')} }`;

/**
 * A query whose cost (cost.ts) is exactly `target`: pages of library documents with each step's
 * tools, `1 + first × (edges 1 + node 1 + steps (1 + 10 × tools (1 + 10 × id 1)))` = 1 + 113 ×
 * first each, then `__typename`s at 1 each.
 */
function queryCosting(target: number): string {
  const parts: string[] = [];
  let left = target;
  while (left > 113) {
    const first = Math.min(QUERY_LIMITS.maxPageSize, Math.floor((left - 1) / 113));
    parts.push(
      `d${parts.length}: libraryDocuments(first: ${first}) { edges { node { steps { tools { id } } } } }`,
    );
    left -= 1 + 113 * first;
  }
  return `{ ${parts.join(' ')} ${'__typename '.repeat(left)}}`;
}

const NORMAL = '{ activePolicy { id number } }';

describe(`API limits on /graphql (${testEngine})`, () => {
  let server: TestServer;
  let admin: GraphQLClient;
  let url: string;
  const asAdmin = (body: unknown) => send(url, body, admin.headers);

  /** A normal query right after: the server is still serving. */
  async function stillServing() {
    const res = await send<{ activePolicy: { id: string } }>(url, { query: NORMAL });
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(res.data!.activePolicy.id).toBeTruthy();
  }

  beforeAll(async () => {
    server = await TestServer.start();
    url = server.app.url;
    admin = await server.admin();
  });
  afterAll(async () => server?.stop());

  describe('depth', () => {
    it(`accepts a query ${QUERY_LIMITS.maxDepth} fields deep and refuses one deeper`, async () => {
      const under = await asAdmin({ query: typeChain(QUERY_LIMITS.maxDepth) });
      expect(under.errors).toBeUndefined();
      expect(under.status).toBe(200);

      const over = await asAdmin({ query: typeChain(QUERY_LIMITS.maxDepth + 1) });
      expect(over.status).toBe(400);
      expect(over.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'DEPTH',
        maximum: QUERY_LIMITS.maxDepth,
        actual: QUERY_LIMITS.maxDepth + 1,
      });
    });

    it('refuses a deeply nested query in under a second, then serves a normal one', async () => {
      const res = await send(url, { query: typeChain(250) });
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'DEPTH',
      });
      expect(res.ms).toBeLessThan(1000);
      await stillServing();
    });

    it('is not bypassed by an operation or a fragment named __schema (GHSA-hmfr-rx46-4jx2, GHSA-224p-v68g-5g8f)', async () => {
      const named = await asAdmin({
        query: typeChain(QUERY_LIMITS.maxDepth + 1, 'query __schema'),
      });
      expect(named.errors![0]!.extensions).toMatchObject({ limit: 'DEPTH' });

      const inner = (n: number): string => (n === 0 ? 'name' : `ofType { ${inner(n - 1)} }`);
      const fragment = await asAdmin({
        query: `{ __type(name: "Query") { ...__schema } } fragment __schema on __Type { ${inner(QUERY_LIMITS.maxDepth)} }`,
      });
      expect(fragment.errors![0]!.extensions).toMatchObject({ limit: 'DEPTH' });
    });
  });

  describe('aliases', () => {
    it(`accepts ${QUERY_LIMITS.maxAliases} aliases and refuses one more`, async () => {
      const under = await send(url, { query: aliases(QUERY_LIMITS.maxAliases) });
      expect(under.errors).toBeUndefined();
      expect(Object.keys(under.data!)).toHaveLength(QUERY_LIMITS.maxAliases);

      const over = await send(url, { query: aliases(QUERY_LIMITS.maxAliases + 1) });
      expect(over.status).toBe(400);
      expect(over.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'ALIASES',
        maximum: QUERY_LIMITS.maxAliases,
        actual: QUERY_LIMITS.maxAliases + 1,
      });
    });

    it('refuses alias bombs in under a second, then serves a normal query', async () => {
      // 150 aliases, 902 tokens: within the token limit, refused by the alias limit.
      const small = await send(url, { query: aliases(150) });
      expect(small.errors![0]!.extensions).toMatchObject({ limit: 'ALIASES', actual: 150 });
      expect(small.ms).toBeLessThan(1000);
      await stillServing();
      // 20,000 aliases: refused while parsing, at the token limit.
      const big = await send(url, { query: aliases(20_000) });
      expect(big.status).toBe(400);
      expect(big.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'TOKENS',
      });
      expect(big.ms).toBeLessThan(1000);
      await stillServing();
    });
  });

  describe('tokens', () => {
    it(`accepts a document of ${QUERY_LIMITS.maxTokens} tokens and refuses one more`, async () => {
      // `{` `}`, then `__typename @include(if: true)` is 8 tokens and `__typename` 1.
      const tokens = (n: number) => {
        const withDirective = Math.floor((n - 2) / 8);
        return `{ ${'__typename @include(if: true) '.repeat(withDirective)}${'__typename '.repeat(n - 2 - 8 * withDirective)}}`;
      };
      const under = await send(url, { query: tokens(QUERY_LIMITS.maxTokens) });
      expect(under.errors).toBeUndefined();
      expect(under.data).toEqual({ __typename: 'Query' });

      const over = await send(url, { query: tokens(QUERY_LIMITS.maxTokens + 1) });
      expect(over.status).toBe(400);
      expect(over.errors![0]).toMatchObject({
        message: expect.stringContaining(String(QUERY_LIMITS.maxTokens)),
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'TOKENS', maximum: QUERY_LIMITS.maxTokens },
      });
    });
  });

  describe('cost', () => {
    it(`accepts a query costing ${QUERY_LIMITS.maxCost} and refuses one costing 1 more`, async () => {
      const under = await asAdmin({ query: queryCosting(QUERY_LIMITS.maxCost) });
      expect(under.errors).toBeUndefined();
      expect(under.status).toBe(200);

      const over = await asAdmin({ query: queryCosting(QUERY_LIMITS.maxCost + 1) });
      expect(over.status).toBe(400);
      expect(over.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'COST',
        maximum: QUERY_LIMITS.maxCost,
        actual: QUERY_LIMITS.maxCost + 1,
      });
    });

    it('counts a page by its `first`, given or by default, and a list without one as 10', async () => {
      const costOf = async (selection: string, variables?: Record<string, unknown>) => {
        // Ten aliases of the selection plus a known remainder: refused, with the total counted.
        const body = Array.from({ length: 10 }, (_, i) => `c${i}: ${selection}`).join(' ');
        const big = queryCosting(QUERY_LIMITS.maxCost).replace(/^\{/, `{ ${body}`);
        const vars = variables
          ? `(${Object.keys(variables)
              .map((k) => `$${k}: Int!`)
              .join(', ')})`
          : '';
        const res = await asAdmin({ query: `query${vars} ${big}`, variables });
        return ((res.errors![0]!.extensions!.actual as number) - QUERY_LIMITS.maxCost) / 10;
      };
      // 1 + 7 × (edges 1 + node 1 + id 1)
      expect(await costOf('users(first: 7) { edges { node { id } } }')).toBe(22);
      expect(await costOf('users(first: $n) { edges { node { id } } }', { n: 7 })).toBe(22);
      // The default page of `users` is 50.
      expect(await costOf('users { edges { node { id } } }')).toBe(151);
      // A plain list: 1 + 10 × (id 1); a list of scalars: 1.
      expect(await costOf('referralReasons { id }')).toBe(11);
      expect(await costOf('me { roles }')).toBe(2);
      // README's example.
      expect(
        await costOf('transactions(first: 100) { edges { node { id timeline { id } } } }'),
      ).toBe(1401);
    });

    it('refuses a fragment bomb (fragments spread over and over) in under a second', async () => {
      const levels = 16;
      const fragments = Array.from({ length: levels }, (_, i) =>
        i === levels - 1
          ? `fragment F${i} on Query { __typename }`
          : `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`,
      ).join(' ');
      const res = await send(url, { query: `{ ...F0 } ${fragments}` });
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'COST',
      });
      expect(res.ms).toBeLessThan(1000);
      await stillServing();
    });
  });

  describe('page size', () => {
    it('accepts first: 100 and refuses first: 101 before running anything, literal or variable', async () => {
      const under = await asAdmin({ query: '{ users(first: 100) { totalCount } }' });
      expect(under.errors).toBeUndefined();

      for (const body of [
        { query: '{ users(first: 101) { totalCount } }' },
        { query: 'query($n: Int!) { users(first: $n) { totalCount } }', variables: { n: 101 } },
        { query: '{ users(first: 0) { totalCount } }' },
      ]) {
        const over = await asAdmin(body);
        expect(over.status).toBe(400);
        expect(over.errors![0]).toMatchObject({
          message: 'first must be between 1 and 100.',
          extensions: { code: 'BAD_USER_INPUT', field: 'first' },
        });
      }
    });

    it('refuses first: 101 the same way on every paginated field of the schema', async () => {
      const schema = await asAdmin({
        query:
          '{ __schema { queryType { fields { name args { name defaultValue type { kind name ofType { name } } } } } } }',
      });
      type Arg = {
        name: string;
        defaultValue: string | null;
        type: { kind: string; name: string | null; ofType: { name: string } | null };
      };
      const fields = (
        schema.data as { __schema: { queryType: { fields: { name: string; args: Arg[] }[] } } }
      ).__schema.queryType.fields.filter((f) => f.args.some((a) => a.name === 'first'));
      expect(fields.length).toBeGreaterThanOrEqual(9);
      for (const field of fields) {
        const required = field.args
          .filter((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)
          .map((a) => `${a.name}: ${a.type.ofType?.name === 'Int' ? 1 : '"x"'}`);
        const res = await asAdmin({
          query: `{ ${field.name}(${['first: 101', ...required].join(', ')}) { __typename } }`,
        });
        expect([field.name, res.status, codeOf(res)]).toEqual([field.name, 400, 'BAD_USER_INPUT']);
      }
    });
  });

  describe('request body', () => {
    const bodyOfSize = (bytes: number) => {
      const base = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      return JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(bytes - base.length) },
      });
    };

    it(`accepts a body of ${MAX_BODY_BYTES} bytes and refuses a larger one in under a second with JSON`, async () => {
      const under = await send(url, bodyOfSize(MAX_BODY_BYTES));
      expect(under.status).toBe(200);
      expect(under.data).toEqual({ __typename: 'Query' });

      const over = await send(url, bodyOfSize(MAX_BODY_BYTES + 1));
      expect(over.status).toBe(413);
      expect(over.headers.get('content-type')).toMatch(/application\/json/);
      expect(over.errors![0]!.extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        maxBytes: MAX_BODY_BYTES,
        requestId: over.headers.get('x-request-id'),
      });
      expect(over.ms).toBeLessThan(1000);
      await stillServing();
    });

    it('answers a body that is not JSON with a JSON error', async () => {
      const res = await send(url, '{"query": ');
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('BAD_REQUEST');
      await stillServing();
    });

    it('answers an operationName that names no operation with a GraphQL error, not a 500', async () => {
      const res = await send(url, { query: '{ __typename }', operationName: 'Nope' });
      expect(res.status).toBe(400);
      expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/Unknown operation named "Nope"/);
      await stillServing();
    });
  });

  describe('fragment cycles', () => {
    it('refuses `fragment A { ...B } fragment B { ...A }` in under a second, then serves', async () => {
      const res = await send(url, {
        query:
          'query { ...A } fragment A on Query { activePolicy { id } ...B } fragment B on Query { ...A }',
      });
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors!.map((e) => e.message).join(' ')).toMatch(
        /Cannot spread fragment "A" within itself/,
      );
      expect(res.ms).toBeLessThan(1000);
      await stillServing();
    });
  });

  describe('introspection', () => {
    it('is refused to anonymous callers, however it is spelled; __typename stays allowed', async () => {
      for (const query of [
        '{ __schema { queryType { name } } }',
        '{ __type(name: "Query") { name } }',
        '{ ...Q } fragment Q on Query { ... on Query { __schema { types { name } } } }',
        getIntrospectionQuery(),
      ]) {
        const res = await send(url, { query });
        expect(res.status).toBe(400);
        expect(res.errors![0]!.extensions).toMatchObject({
          code: 'UNAUTHENTICATED',
          reason: 'INTROSPECTION',
        });
        expect(res.data).toBeUndefined();
      }
      const typename = await send(url, { query: '{ __typename }' });
      expect(typename.data).toEqual({ __typename: 'Query' });
    });

    it('works for a signed-in user: the standard introspection query builds the schema', async () => {
      const res = await asAdmin({ query: getIntrospectionQuery() });
      expect(res.errors).toBeUndefined();
      const schema = buildClientSchema(res.data as unknown as IntrospectionQuery);
      expect(schema.getType('Transaction')).toBeTruthy();
    });

    it(`nests introspection lists at most ${QUERY_LIMITS.maxIntrospectionDepth} deep`, async () => {
      const under = await asAdmin({
        query:
          '{ __type(name: "Query") { fields { type { ofType { fields { args { name } } } } } } }',
      });
      expect(under.errors).toBeUndefined();

      const over = await asAdmin({
        query:
          '{ __type(name: "Query") { fields { type { ofType { fields { type { ofType { fields { name } } } } } } } } }',
      });
      expect(over.status).toBe(400);
      expect(over.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'INTROSPECTION_DEPTH',
        maximum: QUERY_LIMITS.maxIntrospectionDepth,
      });
    });
  });

  describe('field suggestions', () => {
    it('are removed for anonymous callers and kept for signed-in users', async () => {
      const typo = { query: '{ activePolicie { id } }' };
      const anonymous = await send(url, typo);
      expect(codeOf(anonymous)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(anonymous.errors![0]!.message).toBe(
        'Cannot query field "activePolicie" on type "Query".',
      );

      const signedIn = await asAdmin(typo);
      expect(signedIn.errors![0]!.message).toMatch(/Did you mean "activePolicy"\?/);

      const argument = await send(url, { query: '{ users(firts: 1) { totalCount } }' });
      expect(argument.errors![0]!.message).not.toMatch(/Did you mean/);
    });
  });

  describe('batched requests', () => {
    it('are refused with a typed error (allowBatchedHttpRequests stays off)', async () => {
      const res = await send(url, [{ query: NORMAL }, { query: NORMAL }]);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('BAD_REQUEST');
      await stillServing();
    });
  });
});

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
