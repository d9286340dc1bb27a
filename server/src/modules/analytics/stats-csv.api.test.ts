import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { closeInquiry, createBeneficiary, openTransaction } from '../../test-support/fixtures.js';

const STATS = `query($by: [SatisfactionDimension!]) { satisfactionStats(groupBy: $by) {
  key { channel } figures { invitations responses csat } } }`;

describe(`statistics as CSV, and the analyst guide (${testEngine})`, () => {
  let server: TestServer;
  let token: string;
  let staff: GraphQLClient;

  /** The body as text, after checking it starts with the UTF-8 byte-order mark. */
  const withBom = async (res: Response) => {
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return new TextDecoder().decode(bytes.slice(3));
  };

  const csv = (query: string, variables: unknown, headers: Record<string, string>) =>
    fetch(
      `${server.app.url}/api/csv?${new URLSearchParams({ query, variables: JSON.stringify(variables) })}`,
      { headers },
    );

  beforeAll(async () => {
    server = await TestServer.start();
    const analyst = await server.userWithRoles(['ANALYST'], 'csv-analyst');
    const created = await analyst.graphql<{ apiTokenCreate: { token: string } }>(
      'mutation { apiTokenCreate(input: { name: "csv" }) { token } }',
    );
    token = created.data!.apiTokenCreate.token;
    staff = await server.userWithRoles(['STAFF'], 'csv-staff');
    const beneficiaryId = await createBeneficiary(staff, '109900112', 'سارة علي الدوسري');
    for (const channelKey of ['PHONE', 'WEBSITE', 'PHONE']) {
      const opened = await openTransaction(staff, beneficiaryId, channelKey, 'INQUIRY');
      await closeInquiry(staff, opened);
    }
  });
  afterAll(async () => server?.stop());

  it('gives a statistics result as CSV with BOM, one row per group, to an analyst token', async () => {
    const res = await csv(STATS, { by: ['CHANNEL'] }, { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(
      /filename="satisfactionStats-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect((await withBom(res)).split('\r\n')).toEqual([
      'key.channel,figures.invitations,figures.responses,figures.csat',
      'PHONE,2,0,',
      'WEBSITE,1,0,',
      '',
    ]);
  });

  it('takes the query as a POST with variables, with the session cookie', async () => {
    const manager = await server.userWithRoles(['MANAGER'], 'csv-manager');
    const res = await fetch(`${server.app.url}/api/csv`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...manager.headers },
      body: JSON.stringify({
        query: `query($by: [TransactionStatsDimension!]) { transactionStats(groupBy: $by) {
          key { type } measures { count closed } } }`,
        variables: { by: ['TYPE'] },
      }),
    });
    expect(res.status).toBe(200);
    expect(await withBom(res)).toBe('key.type,measures.count,measures.closed\r\nINQUIRY,3,3\r\n');
  });

  it('refuses with the same typed errors as GraphQL', async () => {
    const auth = { authorization: `Bearer ${token}` };
    const anonymous = await csv(STATS, {}, {});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forbidden = await csv(STATS, {}, staff.headers);
    expect(forbidden.status).toBe(403);
    const mutation = await csv('mutation { signOut }', {}, auth);
    expect(mutation.status).toBe(400);
    const noList = await csv('{ __typename }', {}, auth);
    expect(noList.status).toBe(400);
    const twice = await csv(STATS, { by: ['CHANNEL', 'CHANNEL'] }, auth);
    expect(twice.status).toBe(400);
    expect((await twice.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    // The limits of /graphql hold here too.
    const aliases = Array.from(
      { length: 16 },
      (_, i) => `a${i}: satisfactionStats { figures { csat } }`,
    ).join(' ');
    const bomb = await csv(`{ ${aliases} }`, {}, auth);
    expect(bomb.status).toBe(400);
    expect((await bomb.json()).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    const badToken = await csv(STATS, {}, { authorization: 'Bearer nope' });
    expect(badToken.status).toBe(401);
  });

  it('serves the analyst guide and its examples, in Arabic unless English is asked for', async () => {
    const page = await fetch(`${server.app.url}/docs/analyst-guide?lang=en`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain('CSAT by channel by Hijri month, for the last year');
    // No inline script (the CSP forbids one): only the file that follows the reader's language.
    expect(html.match(/<script[^>]*>/g)).toEqual(['<script src="/docs/analyst-guide.js">']);
    const script = await fetch(`${server.app.url}/docs/analyst-guide.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('localStorage.getItem(KEY)');
    const arabic = await (await fetch(`${server.app.url}/docs/analyst-guide`)).text();
    expect(arabic).toContain('<html lang="ar" dir="rtl">');
    expect(arabic).toContain('الرضا (CSAT) بحسب القناة والشهر الهجري، للسنة الماضية');
    expect(arabic).toContain('href="?lang=en"');

    // The same examples in both languages, under each language's heading.
    const examplesIn = async (lang: string) =>
      (await (await fetch(`${server.app.url}/api/analyst-guide/examples?lang=${lang}`)).json()) as {
        name: string;
        title: string;
        query: string;
      }[];
    const [ar, en] = [await examplesIn('ar'), await examplesIn('en')];
    expect(ar.map(({ name, query }) => ({ name, query }))).toEqual(
      en.map(({ name, query }) => ({ name, query })),
    );
    expect(ar[0]!.title).toBe('الرضا (CSAT) بحسب القناة والشهر الهجري، للسنة الماضية');
    expect(en[0]!.title).toBe('CSAT by channel by Hijri month, for the last year');
    const examples = (await (
      await fetch(`${server.app.url}/api/analyst-guide/examples`)
    ).json()) as {
      name: string;
      title: string;
      query: string;
    }[];
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(examples[0]).toMatchObject({ name: 'CsatByChannelByHijriMonth' });
    expect(examples[0]!.query).toContain('groupBy: [CHANNEL, HIJRI_MONTH]');
  });
});
