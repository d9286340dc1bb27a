import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import {
  answerSurvey,
  closeInquiry,
  createBeneficiary,
  openTransaction,
  sqlOf,
} from '../../test-support/fixtures.js';
import { parseCsv } from '../../test-support/csv.js';

describe(`the transactions CSV export (${testEngine})`, () => {
  let server: TestServer;
  let manager: GraphQLClient;
  let ids: { phone: string; phone2: string; website: string };

  const get = (client: GraphQLClient | null, query: Record<string, unknown>) => {
    const params = new URLSearchParams(
      Object.entries(query).map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
    );
    return fetch(`${server.app.url}/api/export/transactions.csv?${params}`, {
      headers: client?.headers ?? {},
    });
  };

  beforeAll(async () => {
    server = await TestServer.start();
    manager = await server.userWithRoles(['MANAGER'], 'export-manager');
    const staff = await server.userWithRoles(['STAFF'], 'export-staff');
    const beneficiaryId = await createBeneficiary(staff, '107788990', 'نورة سعد القحطاني');
    const open = (channelKey: string, type: 'INQUIRY' | 'SUPPORT_REQUEST' = 'SUPPORT_REQUEST') =>
      openTransaction(staff, beneficiaryId, channelKey, type);
    const phone = await open('PHONE');
    const website = await open('WEBSITE');
    const inquiry = await open('PHONE', 'INQUIRY');
    ids = { phone: phone.id, website: website.id, phone2: inquiry.id };

    // A known timeline for the first: opened, 1.5 days at reception, 2 days to the committee's
    // approval (late), due the day before.
    const { conn, at: ts, event: addEvent } = await sqlOf(server);
    await conn.execute('delete from transaction_event where transaction_id = ?', [
      Number(phone.id),
    ]);
    const event = (kind: string, step: string, atIso: string, data?: unknown) =>
      addEvent(phone.id, kind, step, atIso, data);
    await event('OPENED', 'RECEPTION', '2026-03-01T06:00:00Z');
    await event('STEP_COMPLETED', 'RECEPTION', '2026-03-02T18:00:00Z');
    await event('APPROVED', 'COMMITTEE', '2026-03-04T18:00:00Z', { late: true });
    await conn.execute(
      `update beneficiary_transaction set opened_at = ?, committee_submitted_at = ?,
         committee_due_at = ?, status = 'AWAITING_COMMITTEE' where id = ?`,
      [
        ts('2026-03-01T06:00:00Z'),
        ts('2026-03-02T18:00:00Z'),
        ts('2026-03-03T18:00:00Z'),
        Number(phone.id),
      ],
    );

    // The inquiry is closed and rated 4 / 9.
    const token = await closeInquiry(staff, inquiry);
    await answerSurvey(server, token, 4, 9);
  });
  afterAll(async () => server?.stop());

  it('writes one row per transaction of the filter, with step days, committee timing and rating', async () => {
    const res = await get(manager, {
      filter: { channelKey: 'PHONE' },
      sort: { field: 'REFERENCE', direction: 'ASC' },
      lang: 'en',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="transactions-/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes.slice(3)));
    expect(rows).toHaveLength(2);
    const col = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(header).toContain('Days at: Receive the beneficiary');
    const [first, second] = rows as [string[], string[]];
    expect(first[0]! < second[0]!).toBe(true); // by reference, ascending
    const timed = rows.find((r) => col(r, 'Committee decision') === 'APPROVED')!;
    expect(col(timed, 'Channel')).toBe('Phone calls');
    expect(col(timed, 'Opened')).toBe('2026-03-01 09:00');
    expect(col(timed, 'Opened (Hijri)')).toMatch(/^1447-09-/);
    expect(col(timed, 'Days at: Receive the beneficiary')).toBe('1.5');
    expect(col(timed, 'Days at: Research committee review')).toBe('2');
    expect(col(timed, 'Submitted to committee')).toBe('2026-03-02 21:00');
    expect(col(timed, 'Committee due')).toBe('2026-03-03 21:00');
    expect(col(timed, 'Committee decided')).toBe('2026-03-04 21:00');
    expect(col(timed, 'Decided late')).toBe('true');
    const rated = rows.find((r) => col(r, 'Type') === 'INQUIRY')!;
    expect(col(rated, 'Status')).toBe('CLOSED');
    expect(col(rated, 'Overall satisfaction (1–5)')).toBe('4');
    expect(col(rated, 'Recommend (0–10)')).toBe('9');
    // No personal data leaves with the file.
    const text = rows.flat().join(' ');
    expect(text).not.toContain('نورة');
    expect(text).not.toContain('0577776666');
  });

  it('writes Arabic headers by default and reads an API token', async () => {
    const token = await manager.graphql<{ apiTokenCreate: { token: string } }>(
      'mutation { apiTokenCreate(input: { name: "export" }) { token } }',
    );
    const res = await fetch(`${server.app.url}/api/export/transactions.csv`, {
      headers: { authorization: `Bearer ${token.data!.apiTokenCreate.token}` },
    });
    expect(res.status).toBe(200);
    const [header, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(header![0]).toBe('المرجع');
    expect(header).toContain('القناة');
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r[2])).toContain('الاتصالات الهاتفية');
  });

  it('reads every row across batches, in the list order', async () => {
    const conn = server.app.orm.em.getConnection();
    const [source] = await conn.execute('select * from beneficiary_transaction where id = ?', [
      Number(ids.website),
    ]);
    const columns = Object.keys(source).filter((c) => c !== 'id');
    for (let i = 0; i < 520; i++) {
      await conn.execute(
        `insert into beneficiary_transaction (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`,
        columns.map((c) => (c === 'reference' ? `CP-${String(i).padStart(4, '0')}` : source[c])),
      );
    }
    const res = await get(manager, {
      filter: { channelKey: 'WEBSITE' },
      sort: { field: 'REFERENCE', direction: 'DESC' },
    });
    const [, ...rows] = parseCsv((await res.text()).replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(521);
    const references = rows.map((r) => r[0]!);
    expect(new Set(references).size).toBe(521);
    expect(references).toEqual([...references].sort().reverse());
  });

  it('refuses a bad filter, a stranger and a role without the list, with a typed error', async () => {
    const bad = await get(manager, { filter: { status: ['NOT_A_STATUS'] } });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter' });
    const notJson = await get(manager, { filter: '{' });
    expect(notJson.status).toBe(400);
    const tooLong = await get(manager, { filter: { search: 'x'.repeat(200) } });
    expect(tooLong.status).toBe(400);
    const anonymous = await get(null, {});
    expect(anonymous.status).toBe(401);
    expect((await anonymous.json()).errors[0].code).toBe('UNAUTHENTICATED');
    const analyst = await server.userWithRoles(['ANALYST'], 'export-analyst');
    const forbidden = await get(analyst, {});
    expect(forbidden.status).toBe(403);
    expect((await forbidden.json()).errors[0].code).toBe('FORBIDDEN');
  });
});
