/**
 * The log of a whole run of the real server (`node server/dist/main.js`, every line it writes to
 * stdout and stderr): demo users sign in (and one fails), officers register beneficiaries, search
 * them, export, open a survey link, use an API token; then every line must be a JSON object with
 * its fields, and no national ID, mobile, name, password, token or cookie may appear anywhere.
 */
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/orm.js';
import { generateDemo } from '../../db/demo/generate-demo.js';
import { DEMO_PASSWORD } from '../../db/demo/demo-users.js';
import { Beneficiary } from '../beneficiaries/beneficiary.entity.js';
import { User } from '../accounts/user.entity.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';
import {
  GraphQLClient,
  TEST_ADMIN_PASSWORD,
  createTestDatabase,
  testEngine,
  type TestDatabase,
} from '../../test-support/test-app.js';
import { closeInquiry, createBeneficiary, openTransaction } from '../../test-support/fixtures.js';
import { startServerProcess, type ServerProcess } from '../../test-support/server-process.js';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }`;
const WRONG_PASSWORD = 'Wrong-Horse-Battery-93';

interface Line {
  level: string;
  time: string;
  msg: string;
  [field: string]: unknown;
}

describe(`the server's log (${testEngine}, a real process)`, () => {
  let db: TestDatabase;
  let server: ServerProcess | undefined;
  /** Everything that must never be in the log. */
  const secrets = new Set<string>([DEMO_PASSWORD, TEST_ADMIN_PASSWORD, WRONG_PASSWORD]);
  let output = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    const orm = await openDatabase(db.config);
    try {
      await generateDemo(orm, {
        engine: db.config.engine,
        sqliteFile: db.config.engine === 'sqlite' ? db.config.databaseUrl : undefined,
        transactions: 30,
        seed: 11,
      });
      const em = orm.em.fork();
      for (const b of await em.find(Beneficiary, {}, { limit: 200 })) {
        for (const value of [b.nationalId, b.mobile, b.fullName]) secrets.add(value);
      }
      for (const u of await em.find(User, {})) {
        if (u.username !== 'admin') secrets.add(u.displayName);
      }
    } finally {
      await orm.close(true);
    }
    server = await startServerProcess(db.config, { MASAR_LOG_LEVEL: 'debug' });
    const url = server.url;

    const signIn = async (login: string, password: string) => {
      const res = await new GraphQLClient(`${url}/graphql`, {}).post(SIGN_IN, {
        input: { login, password },
      });
      const cookie = res.headers.get('set-cookie')?.split(';')[0];
      if (cookie) secrets.add(cookie.slice(cookie.indexOf('=') + 1));
      return cookie ? new GraphQLClient(`${url}/graphql`, { cookie }) : null;
    };
    const staff = (await signIn('staff1', DEMO_PASSWORD))!;
    const manager = (await signIn('manager1', DEMO_PASSWORD))!;
    const admin = (await signIn('admin', TEST_ADMIN_PASSWORD))!;
    expect(await signIn('manager1', WRONG_PASSWORD)).toBeNull();

    // New beneficiaries: their national IDs, mobiles and names go through the API.
    const nines = ['101234567', '102345678', '203456789'];
    const names = ['هيا ناصر السبيعي', 'ريم عبدالعزيز القحطاني', 'Layla Farouk Haddad'];
    const ids: string[] = [];
    for (const [i, nine] of nines.entries()) {
      ids.push(await createBeneficiary(staff, nine, names[i]));
      secrets.add(withCheckDigit(nine));
      secrets.add(`055${nine.slice(2, 9)}`);
      secrets.add(names[i]!);
    }
    const nationalId = withCheckDigit(nines[0]!);
    // Searched by national ID: in variables, in a GET query string, in a page address's query.
    const search = `query Beneficiaries($first: Int!, $search: String) { beneficiaries(first: $first, search: $search) { totalCount edges { node { id fullName nationalId mobile } } } }`;
    expect((await staff.graphql(search, { first: 5, search: nationalId })).errors).toBeUndefined();
    const get = new URL(`${url}/graphql`);
    get.searchParams.set('query', search);
    get.searchParams.set('variables', JSON.stringify({ first: 5, search: nationalId }));
    expect(
      (await fetch(get, { headers: { ...staff.headers, 'apollo-require-preflight': '1' } })).status,
    ).toBe(200);
    await fetch(`${url}/beneficiaries?search=${nationalId}`, {
      headers: { ...staff.headers, accept: 'text/html' },
    });
    // A transaction closed with a survey link, and the link's page and query.
    const opened = await openTransaction(staff, ids[0]!, 'PHONE', 'INQUIRY');
    const surveyToken = await closeInquiry(staff, opened);
    secrets.add(surveyToken);
    await fetch(`${url}/s/${surveyToken}`, { headers: { accept: 'text/html' } });
    await new GraphQLClient(`${url}/graphql`, {}).post(
      'query PublicSurvey($token: String!) { survey(token: $token) { state } }',
      { token: surveyToken },
    );
    // An API token, used by a script.
    const created = await manager.graphql<{ apiTokenCreate: { token: string } }>(
      'mutation ApiTokenCreate($input: ApiTokenCreateInput!) { apiTokenCreate(input: $input) { token } }',
      { input: { name: 'report script' } },
    );
    const apiToken = created.data!.apiTokenCreate.token;
    secrets.add(apiToken);
    const script = new GraphQLClient(`${url}/graphql`, { authorization: `Bearer ${apiToken}` });
    expect((await script.graphql('query Nightly { me { id } }')).errors).toBeUndefined();
    // The CSV export, an admin list, a body that is not JSON, an unknown address.
    await fetch(`${url}/api/export/transactions.csv`, { headers: manager.headers });
    await admin.graphql('query Users { users(first: 5) { totalCount } }');
    await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...staff.headers },
      body: `{"query": "${nationalId}", "password": "${DEMO_PASSWORD}"`,
    });
    await fetch(`${url}/api/nothing-here/${nationalId}`);

    server.child.kill('SIGTERM');
    await server.exited;
    output = server.output();
    server = undefined;
    if (process.env.MASAR_TEST_LOG_FILE) fs.writeFileSync(process.env.MASAR_TEST_LOG_FILE, output);
  });

  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await db?.drop();
  });

  const lines = (): Line[] =>
    output
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as Line);

  it('is JSON lines, each with its level, time and message', () => {
    for (const raw of output.split('\n').filter((l) => l.trim() !== '')) {
      expect(() => JSON.parse(raw), raw).not.toThrow();
      const line = JSON.parse(raw) as Line;
      expect(line, raw).toMatchObject({
        level: expect.stringMatching(/^(trace|debug|info|warn|error|fatal)$/),
        time: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        msg: expect.any(String),
      });
    }
    expect(lines().some((l) => /^Masar is serving/.test(l.msg))).toBe(true);
    expect(lines().some((l) => l.msg === 'Masar stopped.')).toBe(true);
  });

  it('has one line per request with the request id, user id, operation, duration and status', () => {
    const requests = lines().filter((l) => typeof l.reqId === 'string' && 'route' in l);
    for (const r of requests) {
      expect(r, JSON.stringify(r)).toMatchObject({
        reqId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        method: expect.any(String),
        route: expect.any(String),
        status: expect.any(Number),
        durationMs: expect.any(Number),
      });
      expect(r).toHaveProperty('userId');
    }
    const graphql = requests.filter((r) => r.route === 'graphql');
    const failed = graphql.find((r) => r.operation === 'SignIn' && r.errors);
    expect(failed).toMatchObject({ userId: null, errors: ['UNAUTHENTICATED'], status: 200 });
    const search = graphql.find((r) => r.operation === 'Beneficiaries');
    expect(search).toMatchObject({ userId: expect.any(Number), fields: ['beneficiaries'] });
    // A script's own operation name is not the app's: `other`, with its root fields.
    expect(graphql.filter((r) => r.operation === 'other').map((r) => r.fields)).toContainEqual([
      'me',
    ]);
    expect(requests.find((r) => r.route === 'page' && r.path === '/s/:x')).toBeDefined();
    expect(requests.find((r) => r.route === 'api/export')).toMatchObject({
      status: 200,
      userId: expect.any(Number),
    });
    expect(requests.find((r) => r.route === 'health')).toMatchObject({ level: 'debug' });
    const ids = requests.map((r) => r.reqId);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('holds no national ID, mobile, name, password, token or session cookie', () => {
    expect(secrets.size).toBeGreaterThan(20);
    for (const secret of secrets) {
      expect(output.includes(secret), `the log contains ${secret}`).toBe(false);
    }
    expect(output).not.toMatch(/masar_session|cookie|authorization|Nightly|search=/i);
  });
});
