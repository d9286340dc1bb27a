import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../schema.js';
import { TestServer, testEngine, type GraphQLClient } from '../../test-support/test-app.js';
import { withCheckDigit } from './saudi-identity.js';

const CREATE = `mutation Create($input: BeneficiaryCreateInput!) {
  beneficiaryCreate(input: $input) {
    beneficiary { id fullName nationalId mobile city gender }
    existingBeneficiary { id fullName }
    errors { code field message }
  }
}`;

interface CreateResult {
  beneficiaryCreate: {
    beneficiary: { id: string; fullName: string; nationalId: string; mobile: string } | null;
    existingBeneficiary: { id: string; fullName: string } | null;
    errors: { code: string; field: string | null }[];
  };
}

const person = (over: Record<string, unknown> = {}) => ({
  fullName: 'فاطمة بنت عبدالله الأحمد',
  nationalId: withCheckDigit('105678123'),
  mobile: '0551234567',
  city: 'الرياض',
  gender: 'FEMALE',
  dateOfBirth: '1985-03-02',
  ...over,
});

describe(`beneficiaries: identity checks, duplicates, personal data (${testEngine})`, () => {
  let server: TestServer;
  let staff: GraphQLClient;
  const auditRows = async (action: string) => {
    const [row] = await server.app.orm.em
      .getConnection()
      .execute('select count(*) as n from audit_entry where action = ?', [action]);
    return Number((row as { n: number | string }).n);
  };

  beforeAll(async () => {
    server = await TestServer.start();
    staff = await server.userWithRoles(['STAFF'], 'officer');
  });
  afterAll(async () => server?.stop());

  it('registers a beneficiary with the national ID checked and the mobile normalised', async () => {
    const res = await staff.graphql<CreateResult>(CREATE, { input: person() });
    expect(res.errors).toBeUndefined();
    expect(res.data!.beneficiaryCreate.errors).toEqual([]);
    expect(res.data!.beneficiaryCreate.beneficiary).toMatchObject({
      fullName: 'فاطمة بنت عبدالله الأحمد',
      mobile: '+966551234567',
    });
  });

  it('refuses a second record for the same national ID and offers the existing one', async () => {
    const res = await staff.graphql<CreateResult>(CREATE, {
      input: person({ fullName: 'اسم آخر', mobile: '0559999999' }),
    });
    const payload = res.data!.beneficiaryCreate;
    expect(payload.beneficiary).toBeNull();
    expect(payload.errors[0]).toMatchObject({ code: 'DUPLICATE_NATIONAL_ID', field: 'nationalId' });
    expect(payload.existingBeneficiary!.fullName).toBe('فاطمة بنت عبدالله الأحمد');
  });

  it('refuses a bad check digit, a bad first digit and a non-Saudi mobile, creating nothing', async () => {
    const before = await staff.graphql<{ beneficiaries: { totalCount: number } }>(
      '{ beneficiaries { totalCount } }',
    );
    const badCheck = await staff.graphql<CreateResult>(CREATE, {
      input: person({
        nationalId: '1056781230'.replace(/.$/, (d) => String((Number(d) + 1) % 10)),
      }),
    });
    expect(badCheck.data!.beneficiaryCreate.errors.map((e) => e.code)).toContain(
      'INVALID_NATIONAL_ID',
    );
    const badStart = await staff.graphql<CreateResult>(CREATE, {
      input: person({ nationalId: withCheckDigit('305678123') }),
    });
    expect(badStart.data!.beneficiaryCreate.errors.map((e) => e.code)).toEqual([
      'INVALID_NATIONAL_ID',
    ]);
    const badMobile = await staff.graphql<CreateResult>(CREATE, {
      input: person({ nationalId: withCheckDigit('205678124'), mobile: '+971501234567' }),
    });
    expect(badMobile.data!.beneficiaryCreate.errors.map((e) => e.code)).toEqual(['INVALID_MOBILE']);
    const after = await staff.graphql<{ beneficiaries: { totalCount: number } }>(
      '{ beneficiaries { totalCount } }',
    );
    expect(after.data!.beneficiaries.totalCount).toBe(before.data!.beneficiaries.totalCount);
  });

  it('finds a name whatever its letter forms and diacritics', async () => {
    await staff.graphql(CREATE, {
      input: person({ fullName: 'أحمد إبراهيم الهاشمي', nationalId: withCheckDigit('112233445') }),
    });
    for (const query of ['احمد ابراهيم', 'أَحْمَد', 'الهاشمى', 'فاطمه']) {
      const res = await staff.graphql<{
        beneficiaries: { edges: { node: { fullName: string } }[] };
      }>(
        '{ beneficiaries(search: $q) { edges { node { fullName } } } }'.replace(
          '$q',
          JSON.stringify(query),
        ),
      );
      expect(res.data!.beneficiaries.edges.length, query).toBeGreaterThan(0);
    }
    const byId = await staff.graphql<{ beneficiaries: { totalCount: number } }>(
      `{ beneficiaries(search: "${withCheckDigit('112233445').slice(0, 6)}") { totalCount } }`,
    );
    expect(byId.data!.beneficiaries.totalCount).toBe(1);
  });

  it('writes an audit row for every beneficiary whose personal data is read', async () => {
    const before = await auditRows('beneficiary.read');
    const res = await staff.graphql<{ beneficiaries: { edges: unknown[] } }>(
      '{ beneficiaries(first: 10) { edges { node { id nationalId } } } }',
    );
    expect(await auditRows('beneficiary.read')).toBe(before + res.data!.beneficiaries.edges.length);
  });

  it('keeps personal data from analysts and admins', async () => {
    for (const role of ['ANALYST', 'ADMIN']) {
      const client = await server.userWithRoles([role]);
      const res = await client.graphql(
        '{ beneficiaries { edges { node { fullName nationalId mobile } } } }',
      );
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(res.data ?? null).toBeNull();
    }
  });

  it('updates details with validation and records which fields changed, not their values', async () => {
    const list = await staff.graphql<{ beneficiaries: { edges: { node: { id: string } }[] } }>(
      '{ beneficiaries(first: 1) { edges { node { id } } } }',
    );
    const id = list.data!.beneficiaries.edges[0]!.node.id;
    const bad = await staff.graphql<{ beneficiaryUpdate: { errors: { code: string }[] } }>(
      `mutation { beneficiaryUpdate(input: { id: "${id}", mobile: "0112345678" }) { errors { code } } }`,
    );
    expect(bad.data!.beneficiaryUpdate.errors[0]!.code).toBe('INVALID_MOBILE');
    const ok = await staff.graphql<{ beneficiaryUpdate: { beneficiary: { city: string } } }>(
      `mutation { beneficiaryUpdate(input: { id: "${id}", city: "جدة" }) { beneficiary { city } errors { code } } }`,
    );
    expect(ok.data!.beneficiaryUpdate.beneficiary.city).toBe('جدة');
    const [row] = await server.app.orm.em
      .getConnection()
      .execute(
        "select after from audit_entry where action = 'beneficiary.update' order by id desc",
      );
    expect(JSON.parse((row as { after: string }).after)).toEqual({ changed: ['city'] });
  });
});

describe('no personal data reachable by an analyst anywhere in the schema', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  /**
   * The types that carry a beneficiary's personal data: the beneficiary and its household
   * (households module). Any field that reaches one of them, from the root or from another type,
   * must be guarded by the personal-data roles (or a subset), never an analyst's or an admin's.
   */
  const PERSONAL_TYPES = new Set([
    'Beneficiary',
    'Household',
    'HouseholdMember',
    'PersonalDocument',
    'HomeVisit',
    'SocialReport',
    'SupportDelivery',
    'SupportRenewal',
  ]);
  const named = (type: unknown) => String(type).replace(/[[\]!]/g, '');

  it('guards every root field that can return personal data with the personal-data roles', () => {
    const reachesPersonal = (typeName: string, seen = new Set<string>()): boolean => {
      if (PERSONAL_TYPES.has(typeName)) return true;
      if (seen.has(typeName)) return false;
      seen.add(typeName);
      const type = schema.getType(typeName);
      if (!type || !isObjectType(type)) return false;
      return Object.values(type.getFields()).some((f) => reachesPersonal(named(f.type), seen));
    };
    const leaks: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (!reachesPersonal(named(field.type))) continue;
        const access = field.extensions.access;
        if (!Array.isArray(access) || access.includes('ANALYST') || access.includes('ADMIN')) {
          leaks.push(`${root!.name}.${field.name}`);
        }
      }
    }
    expect(leaks).toEqual([]);
  });

  it('states the personal-data roles on every field of a personal type that has a rule of its own', () => {
    const stated: string[] = [];
    const leaks: string[] = [];
    for (const typeName of PERSONAL_TYPES) {
      const type = schema.getType(typeName);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        const access = field.extensions.access;
        if (access === undefined) continue;
        stated.push(`${typeName}.${field.name}`);
        if (!Array.isArray(access) || access.includes('ANALYST') || access.includes('ADMIN')) {
          leaks.push(`${typeName}.${field.name}`);
        }
      }
    }
    expect(stated).toContain('Beneficiary.household');
    expect(stated).toContain('Beneficiary.documents');
    expect(leaks).toEqual([]);
  });
});
