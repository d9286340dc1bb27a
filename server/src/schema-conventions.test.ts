import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { buildAppSchema } from './schema.js';

/**
 * The API's conventions (docs/architecture.md, "GraphQL conventions"), checked on the schema the
 * server builds. graphql-schema-linter (all rules, `pnpm run lint`) checks descriptions, order and
 * the Relay shapes; these are the rules of our own that no linter knows.
 */
const capitalize = (name: string) => name[0]!.toUpperCase() + name.slice(1);

let schema: GraphQLSchema;
const load = async () => (schema ??= await buildAppSchema());
const mutations = async () => Object.values((await load()).getMutationType()!.getFields());

describe('GraphQL conventions', () => {
  it('graphql-schema-linter runs with every rule it has (`pnpm run lint`)', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const linter = path.dirname(
      createRequire(path.join(root, 'package.json')).resolve('graphql-schema-linter/package.json'),
    );
    const shipped = fs
      .readdirSync(path.join(linter, 'lib/rules'))
      .filter((f) => f.endsWith('.js') && f !== 'index.js')
      .map((f) => f.replace(/\.js$/, '').replaceAll('_', '-'))
      .sort();
    expect(pkg.scripts.lint).toContain('graphql-schema-linter');
    expect([...pkg['graphql-schema-linter'].rules].sort()).toEqual(shipped);
  });

  it('every mutation takes one argument, `input`, of its own input type', async () => {
    const wrong: string[] = [];
    for (const m of await mutations()) {
      const [arg, ...rest] = m.args;
      const expected = `${capitalize(m.name)}Input`;
      if (!arg || rest.length || arg.name !== 'input') {
        wrong.push(`${m.name}(${m.args.map((a) => a.name).join(', ')})`);
        continue;
      }
      const type = getNullableType(arg.type);
      if (!isInputObjectType(type) || type.name !== expected) {
        wrong.push(`${m.name}: input is ${String(arg.type)}, expected ${expected}`);
        continue;
      }
      // Nullable only when nothing in it is required.
      const required = Object.values(type.getFields()).some((f) => isNonNullType(f.type));
      if (!isNonNullType(arg.type) && required) wrong.push(`${m.name}: input must be non-null`);
    }
    expect(wrong).toEqual([]);
  });

  it('every mutation returns its own payload, named after it, with `errors: [UserError!]!`', async () => {
    const wrong: string[] = [];
    const owners = new Map<string, string[]>();
    for (const m of await mutations()) {
      const expected = `${capitalize(m.name)}Payload`;
      const payload = getNullableType(m.type);
      if (!isNonNullType(m.type) || !isObjectType(payload) || payload.name !== expected) {
        wrong.push(`${m.name}: returns ${String(m.type)}, expected ${expected}!`);
        continue;
      }
      owners.set(payload.name, [...(owners.get(payload.name) ?? []), m.name]);
      const errors = payload.getFields().errors;
      if (!errors || String(errors.type) !== '[UserError!]!') {
        wrong.push(`${payload.name}.errors: ${errors ? String(errors.type) : 'missing'}`);
      }
    }
    for (const [payload, users] of owners) {
      if (users.length > 1) wrong.push(`${payload} is shared by ${users.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('no payload type is used outside the mutation it belongs to', async () => {
    const s = await load();
    const mutationPayloads = new Set(
      (await mutations())
        .map((m) => getNamedType(m.type).name)
        .filter((n) => n.endsWith('Payload')),
    );
    const misplaced: string[] = [];
    for (const type of Object.values(s.getTypeMap())) {
      if (type.name.endsWith('Payload') && !mutationPayloads.has(type.name)) {
        misplaced.push(type.name);
      }
    }
    expect(misplaced).toEqual([]);
  });

  it('every list of records is a Relay connection: edges, pageInfo, totalCount, paged by first/after', async () => {
    const s = await load();
    const wrong: string[] = [];
    const check = (owner: GraphQLObjectType, field: GraphQLField<unknown, unknown>) => {
      const type = getNamedType(field.type);
      if (!type.name.endsWith('Connection') || !isObjectType(type)) return;
      const fields = type.getFields();
      for (const name of ['edges', 'pageInfo', 'totalCount']) {
        if (!fields[name]) wrong.push(`${type.name}.${name} missing`);
      }
      const args = field.args.map((a) => a.name);
      if (!args.includes('first') || !args.includes('after')) {
        wrong.push(`${owner.name}.${field.name} lacks first/after`);
      }
    };
    for (const type of Object.values(s.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) check(type, field);
    }
    const pageInfo = s.getType('PageInfo');
    expect(isObjectType(pageInfo) && Object.keys(pageInfo.getFields()).sort()).toEqual([
      'endCursor',
      'hasNextPage',
      'hasPreviousPage',
      'startCursor',
    ]);
    expect(wrong).toEqual([]);
  });

  it('every query and mutation says who may use it ("Access: …" in its description)', async () => {
    const s = await load();
    const silent = [s.getQueryType()!, s.getMutationType()!]
      .flatMap((root) => Object.values(root.getFields()).map((f) => ({ root, f })))
      .filter(({ f }) => !/Access: /.test(f.description ?? ''))
      .map(({ root, f }) => `${root.name}.${f.name}`);
    expect(silent).toEqual([]);
  });

  it('no mutation returns a bare list or scalar: results travel in the payload', async () => {
    const bare = (await mutations())
      .filter((m) => isListType(getNullableType(m.type)) || !isObjectType(getNamedType(m.type)))
      .map((m) => m.name);
    expect(bare).toEqual([]);
  });
});
