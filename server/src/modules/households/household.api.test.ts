import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from '../beneficiaries/saudi-identity.js';

const HOUSEHOLD = `household { id version members { id fullName relation nationalId dateOfBirth gender hasDisability disabilityNote occupation }
  housing monthlyRent address { buildingNumber street district city postalCode additionalNumber }
  incomes { kind monthlyAmount } expenses { kind monthlyAmount }
  totals { membersCount householdSize monthlyIncome monthlyExpenses monthlyBalance incomePerPerson } }`;
const ADD = `mutation Add($input: HouseholdMemberAddInput!) { householdMemberAdd(input: $input) { member { id } ${HOUSEHOLD} errors { code field } } }`;
const UPDATE = `mutation Update($input: HouseholdMemberUpdateInput!) { householdMemberUpdate(input: $input) { member { id fullName } ${HOUSEHOLD} errors { code field } } }`;
const REMOVE = `mutation Remove($input: HouseholdMemberRemoveInput!) { householdMemberRemove(input: $input) { ${HOUSEHOLD} errors { code field } } }`;
const SET = `mutation Set($input: HouseholdCircumstancesSetInput!) { householdCircumstancesSet(input: $input) { ${HOUSEHOLD} errors { code field } } }`;
const READ = `query B($id: ID!) { beneficiary(id: $id) { id ${HOUSEHOLD} } }`;

interface Household {
  id: string;
  version: number;
  members: {
    id: string;
    fullName: string;
    nationalId: string | null;
    disabilityNote: string | null;
  }[];
  housing: string | null;
  monthlyRent: number;
  address: Record<string, string | null>;
  incomes: { kind: string; monthlyAmount: number }[];
  expenses: { kind: string; monthlyAmount: number }[];
  totals: Record<string, number>;
}
type Payload = {
  household: Household | null;
  member?: { id: string } | null;
  errors: { code: string; field: string | null }[];
};

const SON_ID = withCheckDigit('109988776');
const member = (over: Record<string, unknown> = {}) => ({
  fullName: 'سعد بن خالد العتيبي',
  relation: 'SON',
  nationalId: SON_ID,
  dateOfBirth: '2010-05-14',
  gender: 'MALE',
  hasDisability: false,
  occupation: 'STUDENT',
  ...over,
});
const circumstances = (over: Record<string, unknown> = {}) => ({
  housing: 'RENTED',
  monthlyRent: 2500,
  incomes: [
    { kind: 'SOCIAL_SECURITY', monthlyAmount: 1800 },
    { kind: 'CITIZEN_ACCOUNT', monthlyAmount: 900 },
  ],
  expenses: [
    { kind: 'FOOD', monthlyAmount: 1500 },
    { kind: 'UTILITIES', monthlyAmount: 400 },
  ],
  address: {
    buildingNumber: '٧٢٣٥',
    street: 'شارع الأمير سلطان',
    district: 'النسيم',
    city: 'الرياض',
    postalCode: '14251',
    additionalNumber: '3120',
  },
  ...over,
});

describe(`households: members, circumstances, totals, access, audit (${testEngine})`, () => {
  let server: TestServer;
  let staff: GraphQLClient;
  let beneficiaryId: string;
  const sql = (query: string, params: unknown[] = []) =>
    server.app.orm.em.getConnection().execute(query, params) as Promise<Record<string, unknown>[]>;
  const count = async (table: string) =>
    Number((await sql(`select count(*) as n from ${table}`))[0]!.n);
  const audits = async (action: string) =>
    (await sql('select after from audit_entry where action = ? order by id', [action])).map(
      (r) => JSON.parse(String(r.after)) as Record<string, unknown>,
    );
  const read = async () =>
    (await staff.graphql<{ beneficiary: { household: Household } }>(READ, { id: beneficiaryId }))
      .data!.beneficiary.household;

  beforeAll(async () => {
    server = await TestServer.start();
    staff = await server.userWithRoles(['STAFF'], 'household-officer');
    const res = await staff.graphql<{ beneficiaryCreate: { beneficiary: { id: string } } }>(
      `mutation { beneficiaryCreate(input: { fullName: "خالد بن سعد العتيبي", nationalId: "${withCheckDigit('104433221')}", mobile: "0551112233", city: "الرياض", gender: MALE }) { beneficiary { id } } }`,
    );
    beneficiaryId = res.data!.beneficiaryCreate.beneficiary.id;
  });
  afterAll(async () => server?.stop());

  it('shows an empty household at version 0 before anything is recorded', async () => {
    const h = await read();
    expect(h).toMatchObject({ version: 0, members: [], housing: null, incomes: [], expenses: [] });
    expect(h.totals).toEqual({
      membersCount: 0,
      householdSize: 1,
      monthlyIncome: 0,
      monthlyExpenses: 0,
      monthlyBalance: 0,
      incomePerPerson: 0,
    });
  });

  it('makes no household row when circumstances that change nothing are set on an empty one', async () => {
    const res = await staff.graphql<{ householdCircumstancesSet: Payload }>(SET, {
      input: { beneficiaryId, version: 0, incomes: [], expenses: [], address: {} },
    });
    expect(res.data!.householdCircumstancesSet.errors).toEqual([]);
    expect(res.data!.householdCircumstancesSet.household!.version).toBe(0);
    expect(await count('household')).toBe(0);
  });

  it('refuses a bad check digit, a bad first digit, a future birth date and a short name, changing nothing', async () => {
    const badCheck = SON_ID.replace(/.$/, (d) => String((Number(d) + 1) % 10));
    for (const [over, code, field] of [
      [{ nationalId: badCheck }, 'INVALID_NATIONAL_ID', 'nationalId'],
      [{ nationalId: withCheckDigit('309988776') }, 'INVALID_NATIONAL_ID', 'nationalId'],
      [{ dateOfBirth: '2999-01-01' }, 'INVALID_DATE_OF_BIRTH', 'dateOfBirth'],
      [{ fullName: ' س ' }, 'NAME_REQUIRED', 'fullName'],
    ] as const) {
      const res = await staff.graphql<{ householdMemberAdd: Payload }>(ADD, {
        input: { beneficiaryId, version: 0, ...member(over) },
      });
      expect(res.data!.householdMemberAdd.errors).toEqual([{ code, field }]);
      expect(res.data!.householdMemberAdd.household).toBeNull();
    }
    expect(await count('household_member')).toBe(0);
    expect(await count('household')).toBe(0);
    expect(await audits('household.memberAdd')).toEqual([]);
  });

  it('adds members (a residence number too), refuses a duplicate, and audits field names only', async () => {
    const first = await staff.graphql<{ householdMemberAdd: Payload }>(ADD, {
      input: { beneficiaryId, version: 0, ...member() },
    });
    expect(first.data!.householdMemberAdd.errors).toEqual([]);
    const h1 = first.data!.householdMemberAdd.household!;
    expect(h1.version).toBe(1);
    expect(h1.members[0]).toMatchObject({ fullName: 'سعد بن خالد العتيبي', nationalId: SON_ID });

    const wife = await staff.graphql<{ householdMemberAdd: Payload }>(ADD, {
      input: {
        beneficiaryId,
        version: 1,
        ...member({
          fullName: 'Maria Santos',
          relation: 'SPOUSE',
          nationalId: withCheckDigit('212345678'),
          dateOfBirth: '1988-01-02',
          gender: 'FEMALE',
          hasDisability: true,
          disabilityNote: 'ضعف بصر',
          occupation: 'UNEMPLOYED',
        }),
      },
    });
    expect(wife.data!.householdMemberAdd.errors).toEqual([]);
    expect(wife.data!.householdMemberAdd.household!.members).toHaveLength(2);

    const dup = await staff.graphql<{ householdMemberAdd: Payload }>(ADD, {
      input: { beneficiaryId, version: 2, ...member({ fullName: 'مكرر' }) },
    });
    expect(dup.data!.householdMemberAdd.errors).toEqual([
      { code: 'DUPLICATE_MEMBER', field: 'nationalId' },
    ]);
    expect(await count('household_member')).toBe(2);

    const rows = await audits('household.memberAdd');
    expect(rows).toHaveLength(2);
    expect(rows[1]!.fields).toEqual([
      'fullName',
      'relation',
      'nationalId',
      'dateOfBirth',
      'gender',
      'hasDisability',
      'disabilityNote',
      'occupation',
    ]);
    const trail = JSON.stringify(await sql('select * from audit_entry'));
    for (const value of [SON_ID, 'Maria', 'ضعف بصر', '2010-05-14'])
      expect(trail).not.toContain(value);
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const res = await staff.graphql<{ householdMemberAdd: Payload | null }>(ADD, {
      input: { beneficiaryId, version: 1, ...member({ nationalId: null, fullName: 'متأخر' }) },
    });
    expect(res.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await count('household_member')).toBe(2);
  });

  it('lets exactly one of two simultaneous changes at the same version through', async () => {
    const h = await read();
    const both = await Promise.all(
      ['الأول', 'الثاني'].map((name) =>
        staff.graphql<{ householdMemberAdd: Payload | null }>(ADD, {
          input: {
            beneficiaryId,
            version: h.version,
            ...member({ nationalId: null, fullName: `فرد ${name}` }),
          },
        }),
      ),
    );
    const won = both.filter((r) => r.data?.householdMemberAdd?.household);
    const lost = both.filter((r) => r.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect([won.length, lost.length]).toEqual([1, 1]);
    const after = await read();
    expect(after.members).toHaveLength(h.members.length + 1);
    const added = after.members.at(-1)!;
    const removed = await staff.graphql<{ householdMemberRemove: Payload }>(REMOVE, {
      input: { memberId: added.id, version: after.version },
    });
    expect(removed.data!.householdMemberRemove.errors).toEqual([]);
  });

  it('updates a member with the changed field names audited, and removes one', async () => {
    const h = await read();
    const son = h.members[0]!;
    const res = await staff.graphql<{ householdMemberUpdate: Payload }>(UPDATE, {
      input: {
        memberId: son.id,
        version: h.version,
        ...member({ occupation: 'WORKER', fullName: 'سعد خالد العتيبي' }),
      },
    });
    expect(res.data!.householdMemberUpdate.errors).toEqual([]);
    expect(res.data!.householdMemberUpdate.household!.version).toBe(h.version + 1);
    expect((await audits('household.memberUpdate')).at(-1)).toEqual({
      member: Number(son.id),
      changed: ['fullName', 'occupation'],
    });
    const bad = await staff.graphql<{ householdMemberUpdate: Payload }>(UPDATE, {
      input: { memberId: son.id, version: h.version + 1, ...member({ dateOfBirth: '2010-02-30' }) },
    });
    expect(bad.data!.householdMemberUpdate.errors).toEqual([
      { code: 'INVALID_DATE_OF_BIRTH', field: 'dateOfBirth' },
    ]);
    expect((await read()).members[0]!.fullName).toBe('سعد خالد العتيبي');

    const removed = await staff.graphql<{ householdMemberRemove: Payload }>(REMOVE, {
      input: { memberId: h.members[1]!.id, version: h.version + 1 },
    });
    expect(removed.data!.householdMemberRemove.errors).toEqual([]);
    expect(removed.data!.householdMemberRemove.household!.members).toHaveLength(1);
    expect((await audits('household.memberRemove')).at(-1)).toEqual({
      member: Number(h.members[1]!.id),
    });
  });

  it('sets the circumstances, computes the totals, and audits field names only', async () => {
    const h = await read();
    const res = await staff.graphql<{ householdCircumstancesSet: Payload }>(SET, {
      input: { beneficiaryId, version: h.version, ...circumstances() },
    });
    expect(res.data!.householdCircumstancesSet.errors).toEqual([]);
    const after = res.data!.householdCircumstancesSet.household!;
    expect(after.address).toMatchObject({ buildingNumber: '7235', postalCode: '14251' });
    expect(after.expenses).toContainEqual({ kind: 'RENT', monthlyAmount: 2500 });
    expect(after.totals).toEqual({
      membersCount: 1,
      householdSize: 2,
      monthlyIncome: 2700,
      monthlyExpenses: 4400,
      monthlyBalance: -1700,
      incomePerPerson: 1350,
    });
    const row = (await audits('household.set')).at(-1)!;
    expect(row.changed).toEqual(
      expect.arrayContaining([
        'housing',
        'monthlyRent',
        'incomes.SOCIAL_SECURITY',
        'address.postalCode',
      ]),
    );
    const trail = JSON.stringify(
      await sql("select after from audit_entry where action = 'household.set'"),
    );
    for (const value of ['14251', '7235', 'النسيم', '2500', 'RENTED'])
      expect(trail).not.toContain(value);
  });

  it('refuses bad address formats, amounts and a missing rent field by field, changing nothing', async () => {
    const h = await read();
    const res = await staff.graphql<{ householdCircumstancesSet: Payload }>(SET, {
      input: {
        beneficiaryId,
        version: h.version,
        ...circumstances({
          monthlyRent: null,
          incomes: [{ kind: 'SALARY', monthlyAmount: -5 }],
          expenses: [{ kind: 'RENT', monthlyAmount: 100 }],
          address: { buildingNumber: '123', postalCode: '1425A', additionalNumber: '31201' },
        }),
      },
    });
    expect(res.data!.householdCircumstancesSet.errors).toEqual(
      [
        { code: 'RENT_REQUIRED', field: 'monthlyRent' },
        { code: 'INVALID_AMOUNT', field: 'incomes.SALARY' },
        { code: 'RENT_IS_HOUSING', field: 'expenses.RENT' },
        { code: 'INVALID_BUILDING_NUMBER', field: 'buildingNumber' },
        { code: 'INVALID_POSTAL_CODE', field: 'postalCode' },
        { code: 'INVALID_ADDRESS_NUMBER', field: 'additionalNumber' },
      ].map((e) =>
        e.code === 'INVALID_ADDRESS_NUMBER' ? { ...e, code: 'INVALID_ADDITIONAL_NUMBER' } : e,
      ),
    );
    const same = await read();
    expect(same).toEqual(h);
  });

  it('keeps the household from analysts and admins, and from anyone signed out', async () => {
    for (const role of ['ANALYST', 'ADMIN']) {
      const client = await server.userWithRoles([role]);
      const res = await client.graphql(READ, { id: beneficiaryId });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const change = await client.graphql(SET, {
        input: { beneficiaryId, version: 0, ...circumstances() },
      });
      expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(change.data ?? null).toBeNull();
    }
    const anonymous = server.client();
    const res = await anonymous.graphql(ADD, { input: { beneficiaryId, version: 0, ...member() } });
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count('household_member')).toBe(1);
  });

  it('lets a committee member read the household (audited) but not change it', async () => {
    const committee = await server.userWithRoles(['COMMITTEE'], 'household-committee');
    const before = Number(
      (await sql("select count(*) as n from audit_entry where action = 'beneficiary.read'"))[0]!.n,
    );
    const res = await committee.graphql<{ beneficiary: { household: Household } }>(READ, {
      id: beneficiaryId,
    });
    expect(res.data!.beneficiary.household.members).toHaveLength(1);
    const afterReads = Number(
      (await sql("select count(*) as n from audit_entry where action = 'beneficiary.read'"))[0]!.n,
    );
    expect(afterReads).toBe(before + 1);
    const change = await committee.graphql(REMOVE, { input: { memberId: '1', version: 0 } });
    expect(change.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
