/**
 * What every answer shares, tried over real HTTP: errors that say nothing to an attacker (one
 * handler, no stack, no path, a code and the request id), a malformed cookie that is no session,
 * and request ids the server generates (HTTPS and install paths: http-serving.api.test.ts).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from './test-support/test-app.js';
import { captureLog as captureServerLog, type CapturedLog } from './test-support/log-capture.js';

/** What an error answer must never show: a stack, a path on the server, a library. */
function expectNothingLeaked(text: string) {
  expect(text).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  expect(text).not.toMatch(/\/(work|home|tmp|usr|root)\//);
  expect(text).not.toContain('node_modules');
  expect(text).not.toMatch(/express|body-parser|better-sqlite|mikro-orm|knex/i);
  expect(text).not.toMatch(/SyntaxError|TypeError|DriverException|select |from /);
}

const TOKEN_CREATE = `mutation($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { apiToken { id } errors { code } } }`;

describe(`errors, request ids and cookies over HTTP (${testEngine})`, () => {
  let server: TestServer;
  let admin: GraphQLClient;
  let logged: string[];

  beforeAll(async () => {
    server = await TestServer.start();
    admin = await server.admin();
  });
  afterAll(async () => server?.stop());

  // Everything the server writes to its log during a test (the JSON log and the console).
  let captured: CapturedLog | undefined;
  const captureLog = () => {
    captured = captureServerLog();
    logged = captured.lines;
  };
  afterEach(() => {
    captured?.restore();
    captured = undefined;
  });

  it('answers a body that is not JSON with a code and the request id, and never logs the body', async () => {
    captureLog();
    const secret = 'password=hunter2-secret&nationalId=1012345678';
    for (const address of ['/graphql', '/api/csv']) {
      const res = await fetch(`${server.app.url}${address}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': '1' },
        body: secret,
      });
      const text = await res.text();
      expect(res.status, address).toBe(400);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expectNothingLeaked(text);
      expect(text).not.toContain('hunter2');
      const requestId = res.headers.get('x-request-id')!;
      expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
      const error = (JSON.parse(text) as { errors: Record<string, unknown>[] }).errors[0]!;
      const fields = (error.extensions as Record<string, unknown> | undefined) ?? error;
      expect(fields).toMatchObject({ code: 'BAD_REQUEST', requestId });
    }
    expect(logged.join('\n')).not.toContain('hunter2');
    expect(logged.join('\n')).not.toContain('1012345678');
  });

  it('marks every GraphQL answer no-store, so no cache keeps personal data', async () => {
    const ok = await admin.post('{ me { id username } }');
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const refused = await server.client().post('{ nope }');
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('treats a session cookie with a stray % as no session, on every route', async () => {
    const cookie = 'masar_session=abc%zz; other=%';
    const me = await server
      .client({ cookie })
      .graphql<{ me: { id: string } | null }>('{ me { id } }');
    expect(me.errors).toBeUndefined();
    expect(me.data!.me).toBeNull();
    for (const address of ['/healthz', '/api/library/attachments/1', '/explorer', '/anything']) {
      const res = await fetch(`${server.app.url}${address}`, {
        headers: { cookie, accept: 'text/html' },
        redirect: 'manual',
      });
      expect(res.status, address).toBeLessThan(500);
      expectNothingLeaked(await res.text());
    }
  });

  it('answers an unknown /api address with a JSON 404 (code, request id), even for a browser', async () => {
    for (const accept of ['application/json', 'text/html']) {
      const res = await fetch(`${server.app.url}/api/no-such-thing?nationalId=1012345678`, {
        headers: { accept },
      });
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      const text = await res.text();
      expectNothingLeaked(text);
      expect(JSON.parse(text)).toEqual({
        errors: [
          {
            code: 'NOT_FOUND',
            message: expect.any(String),
            requestId: res.headers.get('x-request-id'),
          },
        ],
      });
    }
    // An address that does not decode: refused, without a stack, on every kind of route.
    for (const address of ['/%E0%A4%A', '/api/library/attachments/%E0%A4%A', '/assets/%']) {
      const res = await fetch(`${server.app.url}${address}`, { headers: { accept: 'text/html' } });
      expect(res.status, address).toBeGreaterThanOrEqual(400);
      expect(res.status, address).toBeLessThan(500);
      expectNothingLeaked(await res.text());
    }
    // Elsewhere: a plain page for a browser, JSON for a probe or a script (curl sends */*).
    const page = await fetch(`${server.app.url}/no-such-file.js`, {
      headers: { accept: 'text/html,*/*;q=0.8' },
    });
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const html = await page.text();
    expectNothingLeaked(html);
    expect(html).toContain(page.headers.get('x-request-id')!);
    const probe = await fetch(`${server.app.url}/no-such-file.js`);
    expect(probe.status).toBe(404);
    expect(await probe.json()).toMatchObject({ errors: [{ code: 'NOT_FOUND' }] });
  });

  it('answers an error thrown in a route with 500, a code and the request id, and logs no message that quotes the request', async () => {
    const conn = server.app.orm.em.getConnection();
    // The route's statement fails in the database (its table is gone for a moment): the error
    // message quotes the SQL, which must reach neither the client nor the log.
    await conn.execute('alter table library_attachment rename to library_attachment_away');
    captureLog();
    try {
      const res = await fetch(`${server.app.url}/api/library/attachments/1`, {
        headers: admin.headers,
      });
      expect(res.status).toBe(500);
      const text = await res.text();
      expectNothingLeaked(text);
      const requestId = res.headers.get('x-request-id');
      expect(JSON.parse(text)).toEqual({
        errors: [{ code: 'INTERNAL_SERVER_ERROR', message: expect.any(String), requestId }],
      });
      // The log says which request failed and where, not what the database was asked.
      const log = logged.join('\n');
      expect(log).toContain(requestId);
      expect(log).not.toMatch(/library_attachment|select /);
    } finally {
      await conn.execute('alter table library_attachment_away rename to library_attachment');
    }
  });

  it('answers an error thrown in a GraphQL resolver as INTERNAL_SERVER_ERROR with the request id, never its message', async () => {
    const conn = server.app.orm.em.getConnection();
    await conn.execute('alter table library_attachment rename to library_attachment_away');
    captureLog();
    try {
      const res = await admin.post(
        '{ libraryDocument(slug: "support-request-form") { slug attachments { id } } }',
      );
      const text = await res.text();
      expectNothingLeaked(text);
      const body = JSON.parse(text) as {
        errors: { message: string; path: string[]; extensions: Record<string, unknown> }[];
      };
      const requestId = res.headers.get('x-request-id');
      expect(body.errors).toEqual([
        {
          message: expect.any(String),
          locations: expect.any(Array),
          path: ['libraryDocument', 'attachments'],
          extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
        },
      ]);
      const log = logged.join('\n');
      expect(log).toContain(requestId);
      expect(log).not.toMatch(/library_attachment|select /);
    } finally {
      await conn.execute('alter table library_attachment_away rename to library_attachment');
    }
    // The API's own errors keep their code and message, and carry the request id too.
    const res = await server.client().post('{ users(first: 5) { totalCount } }');
    const body = (await res.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(body.errors[0]!.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      requestId: res.headers.get('x-request-id'),
    });
    // The context function failing (the sessions' table is gone for a moment): the same mask.
    await conn.execute('alter table session rename to session_away');
    try {
      const res = await admin.post('{ me { id } }');
      const text = await res.text();
      expectNothingLeaked(text);
      expect(text).not.toMatch(/session|Context creation/);
      expect(logged.join('\n')).toContain(res.headers.get('x-request-id'));
      expect(logged.join('\n')).not.toMatch(/session_away|select /);
      expect(JSON.parse(text)).toMatchObject({
        errors: [
          {
            extensions: {
              code: 'INTERNAL_SERVER_ERROR',
              requestId: res.headers.get('x-request-id'),
            },
          },
        ],
      });
    } finally {
      await conn.execute('alter table session_away rename to session');
    }
    // Refused before the operation runs (a token that is not valid): the same.
    const refused = await server
      .client({ authorization: 'Bearer msr_nothing' })
      .post('{ me { id } }');
    expect(refused.status).toBe(401);
    const refusal = (await refused.json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(refusal.errors[0]!.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      requestId: refused.headers.get('x-request-id'),
    });
  });

  it('generates every request id itself: a client cannot reuse another request’s id in the audit trail', async () => {
    const shared = 'shared-id-42';
    const other = await server.userWithRoles(['STAFF']);
    const ids: string[] = [];
    for (const client of [admin, other]) {
      const res = await fetch(`${server.app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': shared, ...client.headers },
        body: JSON.stringify({ query: TOKEN_CREATE, variables: { input: { name: 'script' } } }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
      const id = res.headers.get('x-request-id')!;
      expect(id).not.toBe(shared);
      ids.push(id);
    }
    expect(new Set(ids).size).toBe(2);
    type AuditIds = { request_id: string; client_request_id: string | null };
    const rows: AuditIds[] = await server.app.orm.em
      .getConnection()
      .execute<AuditIds[]>(
        "select request_id, client_request_id from audit_entry where action = 'apiToken.create' order by id",
      );
    expect(rows.map((r) => r.request_id)).toEqual(ids);
    expect(rows.map((r) => r.client_request_id)).toEqual([shared, shared]);

    // A client id that is not a plain token is not kept at all.
    const res = await fetch(`${server.app.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-request-id': `<script>${'x'.repeat(80)}`,
        ...admin.headers,
      },
      body: JSON.stringify({ query: TOKEN_CREATE, variables: { input: { name: 'script 2' } } }),
    });
    expect(res.status).toBe(200);
    const [last]: AuditIds[] = await server.app.orm.em
      .getConnection()
      .execute<AuditIds[]>(
        "select request_id, client_request_id from audit_entry where action = 'apiToken.create' order by id desc",
      );
    expect(last).toEqual({ request_id: res.headers.get('x-request-id'), client_request_id: null });
  });
});

/** Signs in as admin with the given headers; the answer's Set-Cookie and HSTS headers. */
