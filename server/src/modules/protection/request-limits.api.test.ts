import { describe, expect, it } from 'vitest';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { testEngine } from '../../test-support/test-app.js';
import { MAX_BODY_BYTES, QUERY_LIMITS } from './index.js';
import { codeOf, NORMAL, send, useLimitsServer } from './protection.test-support.js';

describe(`API limits on /graphql: the request (${testEngine})`, () => {
  const api = useLimitsServer();

  describe('request body', () => {
    const bodyOfSize = (bytes: number) => {
      const base = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
      return JSON.stringify({
        query: '{ __typename }',
        variables: { pad: 'x'.repeat(bytes - base.length) },
      });
    };

    it(`accepts a body of ${MAX_BODY_BYTES} bytes and refuses a larger one in under a second with JSON`, async () => {
      const under = await send(api.url, bodyOfSize(MAX_BODY_BYTES));
      expect(under.status).toBe(200);
      expect(under.data).toEqual({ __typename: 'Query' });

      const over = await send(api.url, bodyOfSize(MAX_BODY_BYTES + 1));
      expect(over.status).toBe(413);
      expect(over.headers.get('content-type')).toMatch(/application\/json/);
      expect(over.errors![0]!.extensions).toEqual({
        code: 'PAYLOAD_TOO_LARGE',
        maxBytes: MAX_BODY_BYTES,
        requestId: over.headers.get('x-request-id'),
      });
      expect(over.ms).toBeLessThan(1000);
      await api.stillServing();
    });

    it('answers a body that is not JSON with a JSON error', async () => {
      const res = await send(api.url, '{"query": ');
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('BAD_REQUEST');
      await api.stillServing();
    });

    it('answers an operationName that names no operation with a GraphQL error, not a 500', async () => {
      const res = await send(api.url, { query: '{ __typename }', operationName: 'Nope' });
      expect(res.status).toBe(400);
      expect(res.errors!.map((e) => e.message).join(' ')).toMatch(/Unknown operation named "Nope"/);
      await api.stillServing();
    });
  });

  describe('fragment cycles', () => {
    it('refuses `fragment A { ...B } fragment B { ...A }` in under a second, then serves', async () => {
      const res = await send(api.url, {
        query:
          'query { ...A } fragment A on Query { activePolicy { id } ...B } fragment B on Query { ...A }',
      });
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(res.errors!.map((e) => e.message).join(' ')).toMatch(
        /Cannot spread fragment "A" within itself/,
      );
      expect(res.ms).toBeLessThan(1000);
      await api.stillServing();
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
        const res = await send(api.url, { query });
        expect(res.status).toBe(400);
        expect(res.errors![0]!.extensions).toMatchObject({
          code: 'UNAUTHENTICATED',
          reason: 'INTROSPECTION',
        });
        expect(res.data).toBeUndefined();
      }
      const typename = await send(api.url, { query: '{ __typename }' });
      expect(typename.data).toEqual({ __typename: 'Query' });
    });

    it('works for a signed-in user: the standard introspection query builds the schema', async () => {
      const res = await api.asAdmin({ query: getIntrospectionQuery() });
      expect(res.errors).toBeUndefined();
      const schema = buildClientSchema(res.data as unknown as IntrospectionQuery);
      expect(schema.getType('Transaction')).toBeTruthy();
    });

    it(`nests introspection lists at most ${QUERY_LIMITS.maxIntrospectionDepth} deep`, async () => {
      const under = await api.asAdmin({
        query:
          '{ __type(name: "Query") { fields { type { ofType { fields { args { name } } } } } } }',
      });
      expect(under.errors).toBeUndefined();

      const over = await api.asAdmin({
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
      const anonymous = await send(api.url, typo);
      expect(codeOf(anonymous)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(anonymous.errors![0]!.message).toBe(
        'Cannot query field "activePolicie" on type "Query".',
      );

      const signedIn = await api.asAdmin(typo);
      expect(signedIn.errors![0]!.message).toMatch(/Did you mean "activePolicy"\?/);

      const argument = await send(api.url, { query: '{ users(firts: 1) { totalCount } }' });
      expect(argument.errors![0]!.message).not.toMatch(/Did you mean/);
    });
  });

  describe('batched requests', () => {
    it('are refused with a typed error (allowBatchedHttpRequests stays off)', async () => {
      const res = await send(api.url, [{ query: NORMAL }, { query: NORMAL }]);
      expect(res.status).toBe(400);
      expect(codeOf(res)).toBe('BAD_REQUEST');
      await api.stillServing();
    });
  });
});
