/**
 * Looking a person up through the transactions list (by national ID, mobile or name) is a read
 * of personal data: it is audited like a beneficiary read, with which beneficiaries it returned,
 * even when the query asks for no beneficiary field; the search term itself is never stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

interface AuditRow {
  action: string;
  actorName: string;
  targetId: string | null;
  after: string | null;
}

describe(`transactions list lookups are audited as personal-data reads (${testEngine})`, () => {
  let server: TestServer;
  let officer: GraphQLClient;
  let admin: GraphQLClient;
  const NATIONAL_ID = withCheckDigit('113355779');
  const MOBILE = '0557654321';
  let sought = '';
  let other = '';

  const audit = async (action: string): Promise<AuditRow[]> => {
    const res = await admin.graphql<{ auditEntries: { edges: { node: AuditRow }[] } }>(
      `query($f: AuditFilter) { auditEntries(first: 100, filter: $f) { edges { node { action actorName targetId after } } } }`,
      { f: { action } },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.auditEntries.edges.map((e) => e.node);
  };
  /** Everything admin can read in the audit trail, as one string. */
  const wholeTrail = async () => {
    const res = await admin.graphql<{ auditEntries: { edges: { node: AuditRow }[] } }>(
      '{ auditEntries(first: 100) { edges { node { action actorName targetId after } } } }',
    );
    return JSON.stringify(res.data!.auditEntries.edges);
  };
  const search = (filter: Record<string, unknown>) =>
    officer.graphql<{ transactions: { totalCount: number; edges: { node: { id: string } }[] } }>(
      // No beneficiary field: the lookup alone reveals who has transactions.
      'query($f: TransactionFilter) { transactions(filter: $f, first: 20) { totalCount edges { node { id reference } } } }',
      { f: filter },
    );

  beforeAll(async () => {
    server = await TestServer.start();
    officer = await server.userWithRoles(['STAFF'], 'lookup-officer');
    admin = await server.admin();
    const people = [
      { fullName: 'خالد بن سعد الدوسري', nationalId: NATIONAL_ID, mobile: MOBILE, gender: 'MALE' },
      {
        fullName: 'هند محمد الشهري',
        nationalId: withCheckDigit('224466880'),
        mobile: '0561112222',
        gender: 'FEMALE',
      },
    ];
    const ids: string[] = [];
    for (const p of people) {
      const b = await officer.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
        'mutation($i: BeneficiaryCreateInput!) { beneficiaryCreate(input: $i) { beneficiary { id } } }',
        { i: { ...p, city: 'الدمام' } },
      );
      const id = b.data!.beneficiaryCreate.beneficiary.id;
      ids.push(id);
      for (let n = 0; n < 2; n++) {
        const t = await officer.graphql<{ transactionOpen: { errors: unknown[] } }>(
          'mutation($i: TransactionOpenInput!) { transactionOpen(input: $i) { errors { code } } }',
          {
            i: { beneficiaryId: id, channelKey: 'PHONE', type: 'INQUIRY', subject: 'استفسار عام' },
          },
        );
        expect(t.data!.transactionOpen.errors).toEqual([]);
      }
    }
    [sought, other] = ids as [string, string];
  });
  afterAll(async () => server?.stop());

  it.each([
    ['national ID', () => NATIONAL_ID],
    ['mobile', () => MOBILE],
    ['name', () => 'الدوسري'],
  ])('a search by %s writes transaction.search and beneficiary.read rows', async (_, term) => {
    const searchesBefore = (await audit('transaction.search')).length;
    const readsBefore = (await audit('beneficiary.read')).filter(
      (r) => r.targetId === sought,
    ).length;
    const res = await search({ search: term() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.transactions.totalCount).toBe(2);

    const searches = await audit('transaction.search');
    expect(searches).toHaveLength(searchesBefore + 1);
    const row = searches[0]!;
    expect(row.actorName).toBe('lookup-officer');
    expect(JSON.parse(row.after!)).toEqual({
      by: ['search'],
      matches: 2,
      beneficiaries: [Number(sought)],
    });
    const reads = (await audit('beneficiary.read')).filter((r) => r.targetId === sought);
    expect(reads.length).toBe(readsBefore + 1);
    // The other beneficiary was not returned, so not read.
    expect((await audit('beneficiary.read')).some((r) => r.targetId === other)).toBe(false);
    // The term never reaches the audit trail.
    const trail = await wholeTrail();
    expect(trail).not.toContain(NATIONAL_ID);
    expect(trail).not.toContain(MOBILE);
    expect(trail).not.toContain('الدوسري');
  });

  it("listing one beneficiary's transactions is a lookup too; a plain list is not", async () => {
    const before = (await audit('transaction.search')).length;
    await search({ beneficiaryId: other });
    const searches = await audit('transaction.search');
    expect(searches).toHaveLength(before + 1);
    expect(JSON.parse(searches[0]!.after!)).toEqual({
      by: ['beneficiaryId'],
      matches: 2,
      beneficiaries: [Number(other)],
    });
    await search({ type: 'INQUIRY' });
    expect(await audit('transaction.search')).toHaveLength(before + 1);
  });
});
