import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLSchema, getNamedType, isObjectType } from 'graphql';
import { buildAppSchema } from '../../schema.js';
import {
  TEST_USER_PASSWORD,
  TestServer,
  testEngine,
  type GraphQLClient,
} from '../../test-support/test-app.js';

import { EVERYONE, MATRIX, ROLES, type Who } from './access-matrix.rows.js';

describe('every root field states who may use it (schema walk)', () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    schema = await buildAppSchema();
  });

  it('has an access rule on every query and mutation', () => {
    const missing: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        if (!field.extensions.access) missing.push(`${root!.name}.${field.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('lists every root field in the role × operation matrix', () => {
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((t) =>
      Object.keys(t?.getFields() ?? {}),
    );
    expect(roots.sort()).toEqual(MATRIX.map((m) => m.field).sort());
  });

  it('exposes no mutation that changes or deletes audit entries', () => {
    const mutations = Object.keys(schema.getMutationType()?.getFields() ?? {});
    expect(mutations.filter((m) => /audit/i.test(m))).toEqual([]);
  });

  it('never lets a password hash or token hash into the schema', () => {
    const leaks: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        if (/hash/i.test(field.name)) leaks.push(`${type.name}.${field.name}`);
        void getNamedType(field.type);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe(`role × operation matrix over HTTP (${testEngine})`, () => {
  let server: TestServer;
  const clients = new Map<Who, GraphQLClient>();

  beforeAll(async () => {
    server = await TestServer.start();
    clients.set('ANONYMOUS', server.client());
    for (const role of ROLES) {
      clients.set(role, await server.userWithRoles([role], `matrix-${role.toLowerCase()}`));
    }
  });
  afterAll(async () => server?.stop());

  for (const row of MATRIX) {
    it(`${row.field}: allowed for ${row.allowed.join(', ')}; denied with a typed error for the rest`, async () => {
      for (const who of EVERYONE) {
        // Signing out ends the session: use a fresh one so the other rows keep theirs.
        const client =
          row.field === 'signOut' && who !== 'ANONYMOUS'
            ? await server.signIn(`matrix-${who.toLowerCase()}`, TEST_USER_PASSWORD)
            : clients.get(who)!;
        const res = await client.graphql(row.op, row.variables);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        if (row.allowed.includes(who)) {
          expect(codes, `${who} may use ${row.field}`).not.toContain('FORBIDDEN');
          if (row.field !== 'signIn') {
            expect(codes, `${who} may use ${row.field}`).not.toContain('UNAUTHENTICATED');
          }
        } else {
          const expected = who === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'FORBIDDEN';
          expect(codes, `${who} is denied ${row.field}`).toEqual([expected]);
          const values = Object.values(res.data ?? {});
          expect(
            values.every((v) => v === null),
            `${who} gets no data from ${row.field}`,
          ).toBe(true);
        }
      }
    });
  }
});
