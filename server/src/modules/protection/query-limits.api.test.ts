import { describe, expect, it } from 'vitest';
import { testEngine } from '../../test-support/test-app.js';
import { QUERY_LIMITS } from './index.js';
import {
  aliases,
  codeOf,
  expectRefusedOver,
  queryCosting,
  send,
  typeChain,
  useLimitsServer,
} from './protection.test-support.js';

describe(`API limits on /graphql: the query's shape (${testEngine})`, () => {
  const api = useLimitsServer();

  describe('depth', () => {
    it(`accepts a query ${QUERY_LIMITS.maxDepth} fields deep and refuses one deeper`, async () => {
      const under = await api.asAdmin({ query: typeChain(QUERY_LIMITS.maxDepth) });
      expect(under.errors).toBeUndefined();
      expect(under.status).toBe(200);

      const over = await api.asAdmin({ query: typeChain(QUERY_LIMITS.maxDepth + 1) });
      expectRefusedOver(over, 'DEPTH', QUERY_LIMITS.maxDepth);
    });

    it('refuses a deeply nested query in under a second, then serves a normal one', async () => {
      const res = await send(api.url, { query: typeChain(250) });
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'DEPTH',
      });
      expect(res.ms).toBeLessThan(1000);
      await api.stillServing();
    });

    it('is not bypassed by an operation or a fragment named __schema (GHSA-hmfr-rx46-4jx2, GHSA-224p-v68g-5g8f)', async () => {
      const named = await api.asAdmin({
        query: typeChain(QUERY_LIMITS.maxDepth + 1, 'query __schema'),
      });
      expect(named.errors![0]!.extensions).toMatchObject({ limit: 'DEPTH' });

      const inner = (n: number): string => (n === 0 ? 'name' : `ofType { ${inner(n - 1)} }`);
      const fragment = await api.asAdmin({
        query: `{ __type(name: "Query") { ...__schema } } fragment __schema on __Type { ${inner(QUERY_LIMITS.maxDepth)} }`,
      });
      expect(fragment.errors![0]!.extensions).toMatchObject({ limit: 'DEPTH' });
    });
  });

  describe('aliases', () => {
    it(`accepts ${QUERY_LIMITS.maxAliases} aliases and refuses one more`, async () => {
      const under = await send(api.url, { query: aliases(QUERY_LIMITS.maxAliases) });
      expect(under.errors).toBeUndefined();
      expect(Object.keys(under.data!)).toHaveLength(QUERY_LIMITS.maxAliases);

      const over = await send(api.url, { query: aliases(QUERY_LIMITS.maxAliases + 1) });
      expectRefusedOver(over, 'ALIASES', QUERY_LIMITS.maxAliases);
    });

    it('refuses alias bombs in under a second, then serves a normal query', async () => {
      // 150 aliases, 902 tokens: within the token limit, refused by the alias limit.
      const small = await send(api.url, { query: aliases(150) });
      expect(small.errors![0]!.extensions).toMatchObject({ limit: 'ALIASES', actual: 150 });
      expect(small.ms).toBeLessThan(1000);
      await api.stillServing();
      // 20,000 aliases: refused while parsing, at the token limit.
      const big = await send(api.url, { query: aliases(20_000) });
      expect(big.status).toBe(400);
      expect(big.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'TOKENS',
      });
      expect(big.ms).toBeLessThan(1000);
      await api.stillServing();
    });
  });

  describe('tokens', () => {
    it(`accepts a document of ${QUERY_LIMITS.maxTokens} tokens and refuses one more`, async () => {
      // `{` `}`, then `__typename @include(if: true)` is 8 tokens and `__typename` 1.
      const tokens = (n: number) => {
        const withDirective = Math.floor((n - 2) / 8);
        return `{ ${'__typename @include(if: true) '.repeat(withDirective)}${'__typename '.repeat(n - 2 - 8 * withDirective)}}`;
      };
      const under = await send(api.url, { query: tokens(QUERY_LIMITS.maxTokens) });
      expect(under.errors).toBeUndefined();
      expect(under.data).toEqual({ __typename: 'Query' });

      const over = await send(api.url, { query: tokens(QUERY_LIMITS.maxTokens + 1) });
      expect(over.status).toBe(400);
      expect(over.errors![0]).toMatchObject({
        message: expect.stringContaining(String(QUERY_LIMITS.maxTokens)),
        extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'TOKENS', maximum: QUERY_LIMITS.maxTokens },
      });
    });
  });

  describe('cost', () => {
    it(`accepts a query costing ${QUERY_LIMITS.maxCost} and refuses one costing 1 more`, async () => {
      const under = await api.asAdmin({ query: queryCosting(QUERY_LIMITS.maxCost) });
      expect(under.errors).toBeUndefined();
      expect(under.status).toBe(200);

      const over = await api.asAdmin({ query: queryCosting(QUERY_LIMITS.maxCost + 1) });
      expectRefusedOver(over, 'COST', QUERY_LIMITS.maxCost);
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
        const res = await api.asAdmin({ query: `query${vars} ${big}`, variables });
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
      const res = await send(api.url, { query: `{ ...F0 } ${fragments}` });
      expect(res.status).toBe(400);
      expect(res.errors![0]!.extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: 'COST',
      });
      expect(res.ms).toBeLessThan(1000);
      await api.stillServing();
    });
  });

  describe('page size', () => {
    it('accepts first: 100 and refuses first: 101 before running anything, literal or variable', async () => {
      const under = await api.asAdmin({ query: '{ users(first: 100) { totalCount } }' });
      expect(under.errors).toBeUndefined();

      for (const body of [
        { query: '{ users(first: 101) { totalCount } }' },
        { query: 'query($n: Int!) { users(first: $n) { totalCount } }', variables: { n: 101 } },
        { query: '{ users(first: 0) { totalCount } }' },
      ]) {
        const over = await api.asAdmin(body);
        expect(over.status).toBe(400);
        expect(over.errors![0]).toMatchObject({
          message: 'first must be between 1 and 100.',
          extensions: { code: 'BAD_USER_INPUT', field: 'first' },
        });
      }
    });

    it('refuses first: 101 the same way on every paginated field of the schema', async () => {
      const schema = await api.asAdmin({
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
        const res = await api.asAdmin({
          query: `{ ${field.name}(${['first: 101', ...required].join(', ')}) { __typename } }`,
        });
        expect([field.name, res.status, codeOf(res)]).toEqual([field.name, 400, 'BAD_USER_INPUT']);
      }
    });
  });
});
