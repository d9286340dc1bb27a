import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse, print, type DocumentNode } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';
import * as gql from '@/gql/graphql';
import { ActivePolicyDocument, MyApiTokensDocument, SignInDocument } from '@/gql/graphql';
import { printDocument } from './graphql-print';
import { onSessionLost, request, RequestError } from './graphql-request';
import { readRequestProblem } from './graphql-errors';
import { answerRequests } from './testing/fetch-answers';

const documents = Object.entries(gql).filter(
  (entry): entry is [string, DocumentNode] =>
    entry[0].endsWith('Document') && (entry[1] as DocumentNode)?.kind === 'Document',
);

describe('printDocument: the text of every document of the app, as graphql and Apollo write it', () => {
  it('covers every document codegen wrote', () => {
    expect(documents.length).toBeGreaterThan(70);
  });

  it.each(documents)('%s', (_name, document) => {
    // The same document as graphql's own printer reads and writes it.
    expect(print(parse(printDocument(document, false)))).toBe(print(document));
    // With `__typename` wherever Apollo Client asks for it: the answers have the same shape.
    expect(print(parse(printDocument(document)))).toBe(print(addTypenameToDocument(document)));
  });
});

describe('request: a GraphQL request without Apollo Client', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('posts the operation with the session cookie (same origin) and resolves with its data', async () => {
    const sent = answerRequests([
      { operation: 'ActivePolicy', body: { data: { activePolicy: null } } },
    ]);
    const fetch = globalThis.fetch as unknown as ReturnType<typeof vi.fn>;
    await expect(request(ActivePolicyDocument)).resolves.toEqual({ activePolicy: null });
    const [url, init] = fetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(sent[0]!.operationName).toBe('ActivePolicy');
    expect(sent[0]!.query).toContain('query ActivePolicy{activePolicy{...PolicyVersionContent');
  });

  it('rejects with what readRequestProblem reads as it reads an ApolloError', async () => {
    answerRequests([
      {
        operation: 'SignIn',
        status: 429,
        body: {
          data: null,
          errors: [
            {
              message: 'Too many failed sign-ins.',
              extensions: {
                code: 'LIMIT_EXCEEDED',
                retryAfterSeconds: 840,
                reason: 'SIGN_IN_LOCKED',
              },
            },
          ],
        },
      },
      { operation: 'SignIn', fail: new TypeError('Failed to fetch') },
      { operation: 'SignIn', status: 502, body: 'Bad gateway' },
    ]);
    const input = { input: { login: 'sara', password: 'x' } };
    const limited = await request(SignInDocument, input).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RequestError);
    expect(readRequestProblem(limited)).toMatchObject({
      network: false,
      code: 'LIMIT_EXCEEDED',
      reason: 'SIGN_IN_LOCKED',
      retryAfterSeconds: 840,
    });
    const unreachable = await request(SignInDocument, input).catch((e: unknown) => e);
    expect(readRequestProblem(unreachable)).toMatchObject({ network: true, code: null });
    const notGraphQL = await request(SignInDocument, input).catch((e: unknown) => e);
    expect(readRequestProblem(notGraphQL)).toMatchObject({ network: true, code: null });
  });

  it('reports a lost session on UNAUTHENTICATED, except for a sign-in refused', async () => {
    const unauthenticated = {
      data: null,
      errors: [{ message: 'Sign in to do this.', extensions: { code: 'UNAUTHENTICATED' } }],
    };
    answerRequests([
      { operation: 'SignIn', body: unauthenticated },
      { operation: 'MyApiTokens', status: 401, body: unauthenticated },
    ]);
    const lost = vi.fn();
    const stop = onSessionLost(lost);
    try {
      await expect(
        request(SignInDocument, { input: { login: 'sara', password: 'x' } }),
      ).rejects.toThrow('Sign in to do this.');
      expect(lost).not.toHaveBeenCalled();
      await expect(request(MyApiTokensDocument)).rejects.toThrow('Sign in to do this.');
      expect(lost).toHaveBeenCalledTimes(1);
    } finally {
      stop();
    }
  });
});
