import { afterAll, beforeAll, expect } from 'vitest';
import {
  TestServer,
  type GraphQLClient,
  type GraphQLResponse,
} from '../../test-support/test-app.js';
import { QUERY_LIMITS } from './index.js';

export interface Answer<T = Record<string, unknown>> extends GraphQLResponse<T> {
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
export async function send<T = Record<string, unknown>>(
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

/** A query one over `maximum` of `limit`: refused with 400 QUERY_TOO_COMPLEX, saying both. */
export function expectRefusedOver(over: Answer, limit: string, maximum: number) {
  expect(over.status).toBe(400);
  expect(over.errors![0]!.extensions).toMatchObject({
    code: 'QUERY_TOO_COMPLEX',
    limit,
    maximum,
    actual: maximum + 1,
  });
}

export const codeOf = (a: Answer) => a.errors?.[0]?.extensions?.code;

/** `{ __type(name: "Query") { ofType { … name } } }` nesting fields exactly `depth` deep. */
export function typeChain(depth: number, operation = ''): string {
  const inner = (n: number): string => (n === 0 ? 'name' : `ofType { ${inner(n - 1)} }`);
  return `${operation} { __type(name: "Query") { ${inner(depth - 2)} } }`;
}

/** `n` aliased fields an anonymous caller may read. */
export const aliases = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `a${i}: activePolicy { id }`).join(' ')} }`;

/**
 * A query whose cost (cost.ts) is exactly `target`: pages of library documents with each step's
 * tools, `1 + first × (edges 1 + node 1 + steps (1 + 10 × tools (1 + 10 × id 1)))` = 1 + 113 ×
 * first each, then `__typename`s at 1 each.
 */
export function queryCosting(target: number): string {
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

export const NORMAL = '{ activePolicy { id number } }';

/** A test server for the limits' tests, signed in as the admin, with the helpers they share. */
export function useLimitsServer() {
  let server: TestServer;
  let admin: GraphQLClient;
  const api = {
    url: '',
    asAdmin: (body: unknown) => send(api.url, body, admin.headers),
    /** A normal query right after: the server is still serving. */
    async stillServing() {
      const res = await send<{ activePolicy: { id: string } }>(api.url, { query: NORMAL });
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(res.data!.activePolicy.id).toBeTruthy();
    },
  };
  beforeAll(async () => {
    server = await TestServer.start();
    api.url = server.app.url;
    admin = await server.admin();
  });
  afterAll(async () => server?.stop());
  return api;
}
