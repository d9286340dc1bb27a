import { isDeepStrictEqual } from 'node:util';
import { vi } from 'vitest';

/** One answer of the GraphQL endpoint to the requests `request()` (graphql-request.ts) sends. */
export interface FetchAnswer {
  /** The operation's name (`SignIn`, `PublicSurvey`, …). */
  operation: string;
  /** When given, only a request with exactly these variables gets this answer. */
  variables?: Record<string, unknown>;
  /** The JSON body (`{ data }` or `{ errors }`). */
  body?: unknown;
  /** The HTTP status; 200 by default. */
  status?: number;
  /** Instead of an answer, the browser's fetch fails (the server cannot be reached). */
  fail?: Error;
}

export interface SentRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Stubs the browser's fetch with the endpoint's answers, each used once, in order, for the first
 * request that matches it; a request no answer matches fails the test. Returns what was sent.
 * Undo with `vi.unstubAllGlobals()`.
 */
export function answerRequests(answers: FetchAnswer[]): SentRequest[] {
  const left = [...answers];
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as SentRequest;
      sent.push(body);
      const index = left.findIndex(
        (a) =>
          a.operation === body.operationName &&
          (!a.variables || isDeepStrictEqual(a.variables, body.variables)),
      );
      if (index < 0) {
        throw new Error(`no answer for ${body.operationName} ${JSON.stringify(body.variables)}`);
      }
      const [answer] = left.splice(index, 1);
      if (answer!.fail) throw answer!.fail;
      return new Response(JSON.stringify(answer!.body ?? {}), {
        status: answer!.status ?? 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
  return sent;
}
